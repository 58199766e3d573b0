import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.ts';

export default defineProject({
  resolve: {
    alias: {
      ...workspaceAliases,
      '@trappen/client': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: { name: 'client', testTimeout: 30_000, include: ['src/**/*.test.ts'] },
});
