import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.ts';

export default defineProject({
  resolve: { alias: workspaceAliases },
  test: { name: 'kpi', testTimeout: 30_000, include: ['src/**/*.test.ts'] },
});
