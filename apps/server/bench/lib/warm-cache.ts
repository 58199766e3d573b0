/**
 * Seeds and caches the PGlite datasets ahead of a run, e.g. national size overnight:
 * `node --import tsx apps/server/bench/lib/warm-cache.ts national`.
 */
import './source-aliases';

const { openPgliteDataset } = await import('./datasets');
type Size = Parameters<typeof openPgliteDataset>[0];
for (const size of process.argv.slice(2) as Size[]) {
  const dataset = await openPgliteDataset(size);
  console.log(
    size,
    dataset.cached ? 'already cached' : 'cached',
    JSON.stringify(dataset.meta.rows),
  );
  await dataset.close();
}
