import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared';

// Named so the root `packages/*/vitest.config.ts` glob skips it: it needs Chromium.
export default defineProject({
  resolve: { alias: workspaceAliases },
  test: {
    name: 'e2e-kit',
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
