import { defineConfig } from 'vitest/config';

/**
 * Browser suites (real Chromium at /usr/bin/chromium): `pnpm test:e2e`. Each app keeps
 * its own `vitest.e2e.config.ts` project; they run one file at a time, because each
 * starts a server and a browser on a 2-core machine.
 */
export default defineConfig({
  test: {
    projects: ['packages/e2e-kit/vitest.e2e.config.ts', 'apps/*/vitest.e2e.config.ts'],
    fileParallelism: false,
  },
});
