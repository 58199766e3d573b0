import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.ts';

// PGlite boots in about 2.5 s per database; several files booting at once on two cores need room.
export default defineProject({
  resolve: { alias: workspaceAliases },
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
