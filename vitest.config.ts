import { defineConfig } from 'vitest/config';

/** One test run over every package and app; each has its own `vitest.config.ts` project. */
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
