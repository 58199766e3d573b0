import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  // ESM only: one copy of every class for import and require (Node ≥ 20.19 has
  // require(esm)), so `instanceof` holds whichever way a consumer loads the package.
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
