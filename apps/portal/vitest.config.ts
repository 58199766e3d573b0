import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.ts';

// Unit tests of the portal's pure logic; the browser suites live in vitest.e2e.config.ts.
export default defineProject({
  resolve: { alias: workspaceAliases },
  test: { name: 'portal', include: ['src/**/*.test.ts'] },
});
