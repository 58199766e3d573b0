import { defineConfig } from 'tsup';

export default defineConfig({
  // The test generators are a subpath of their own, never part of the main entry.
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
