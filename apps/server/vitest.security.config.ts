import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.ts';

// The attack-and-fault suite: real servers over HTTP, one file at a time (each boots a
// database, some spawn processes or stop a database), hence long timeouts.
export default defineProject({
  // Run from the repository root (`pnpm test:security`), the globs stay relative to this app.
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: workspaceAliases },
  test: {
    name: 'security',
    include: [
      'security/**/*.security.test.ts',
      // Disclosure control: random microdata → suppress → no hidden cell derivable.
      '../../packages/kpi/src/disclosure/suppress.test.ts',
    ],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
