import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Tests import workspace packages from their TypeScript source, so a test run needs
 * no build first. Published consumers resolve the built `dist` through `exports`.
 */
export const workspaceAliases: Record<string, string> = Object.fromEntries([
  // Subpath exports first: an alias also matches `@trappen/kpi/…`, so the longer one must win.
  ['@trappen/kpi/testing', `${root}packages/kpi/src/testing/index.ts`],
  ...['staircase', 'caseload', 'savings', 'kpi', 'db', 'api', 'ui', 'cli', 'client'].map((name) => [
    `@trappen/${name}`,
    `${root}packages/${name}/src/index.ts`,
  ]),
]);
