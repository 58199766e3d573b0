import { defineConfig } from 'tsup';

export default defineConfig({
  // The test generators are a subpath of their own, never part of the main entry.
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  // ESM only: one copy of every class for import and require (Node ≥ 20.19 has
  // require(esm)), so `instanceof` holds whichever way a consumer loads the package.
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
