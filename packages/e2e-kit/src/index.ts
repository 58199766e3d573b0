export {
  type A11yOptions,
  type A11yResult,
  type A11yViolation,
  checkA11y,
  formatViolations,
  type Impact,
  WCAG21AA_TAGS,
} from './a11y';
export {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  type KitBrowser,
  type LaunchOptions,
  launchBrowser,
} from './browser';
export { type LcpOptions, type LcpResult, measureLcp } from './lcp';
export { repoRoot, screenshotDir } from './paths';
export { type ScreenshotOptions, screenshot } from './screenshot';
export { type StaticFile, type StaticServer, serveStatic } from './serve';
