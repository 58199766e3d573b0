import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  // ESM only: one copy of every class for import and require (Node ≥ 20.19 has
  // require(esm)), so `instanceof` holds whichever way a consumer loads the package.
  format: ['esm'],
  // The API package is private: its router types are inlined so the published
  // declarations resolve outside the workspace. The database package (and with it
  // drizzle's table types) is swapped for an opaque stand-in: clients never see `ctx.db`.
  dts: {
    resolve: [/^@trappen\//],
    compilerOptions: { paths: { '@trappen/db': ['./types/db.d.ts'] } },
  },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
