import { defineConfig } from 'tsup';

export default defineConfig({
  // `policy` is plain data with no imports: the browser-safe entry the console loads.
  entry: ['src/index.ts', 'src/policy.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
