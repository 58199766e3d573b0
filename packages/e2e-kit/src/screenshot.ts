import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotDir } from './paths';

/** Options of {@link screenshot}. */
export interface ScreenshotOptions {
  /** Capture the whole page, not only the viewport (default true). */
  fullPage?: boolean;
}

/**
 * Saves a PNG of the page as `<repo>/artifacts/screenshots/<name>.png` (a CI
 * artifact, gitignored) and returns its path. The name may contain only letters,
 * digits, dots, dashes and underscores.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: ScreenshotOptions = {},
): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Invalid screenshot name: ${name}`);
  const dir = screenshotDir();
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}
