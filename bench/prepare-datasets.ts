/**
 * Prepares the datasets a bench run needs, before any bench is timed: the cached PGlite
 * copy of each size and, when `BENCH_POSTGRES_URL` names the run's cluster, a template
 * database of each size on it (restored from the cached `pg_dump`, or seeded once).
 * Removes cache entries of older generator versions and, when `BENCH_VERSION_FILE` is
 * set, writes the dataset version there (for the run to pin). Run by `pnpm bench`:
 * `node --import tsx bench/prepare-datasets.ts small copenhagen national`.
 */
import '../apps/server/bench/lib/source-aliases.ts';

const { generatorVersion, isPgliteCached, openPgliteDataset, preparePostgresTemplate, SIZES } =
  await import('../apps/server/bench/lib/datasets.ts');
const { existsSync, readdirSync, rmSync, statSync } = await import('node:fs');
const { join } = await import('node:path');
const { repoRoot } = await import('../apps/server/bench/lib/paths.ts');

type Size = keyof typeof SIZES;
const sizes = process.argv.slice(2).filter((arg): arg is Size => arg in SIZES);
const version = generatorVersion();
// Pinned for this process too: every size is prepared for the version the run started with.
process.env.BENCH_DATASET_VERSION = version;
const { writeFileSync } = await import('node:fs');
if (process.env.BENCH_VERSION_FILE) writeFileSync(process.env.BENCH_VERSION_FILE, version);

// Entries of other generator versions, untouched for an hour (so not in use by a run).
const cacheRoot = join(repoRoot, 'bench', '.cache');
const hourAgo = Date.now() - 3_600_000;
for (const entry of existsSync(cacheRoot) ? readdirSync(cacheRoot) : []) {
  const path = join(cacheRoot, entry);
  if (!entry.includes(version) && statSync(path).mtimeMs < hourAgo) {
    console.log(`  removing stale cache entry ${entry}`);
    rmSync(path, { recursive: true, force: true });
  }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
for (const size of sizes) {
  let start = performance.now();
  if (isPgliteCached(size)) console.log(`  PGlite ${size}: cached`);
  else {
    const dataset = await openPgliteDataset(size);
    await dataset.close();
    console.log(
      `  PGlite ${size}: seeded (${(dataset.meta.seedMs / 1000).toFixed(1)} s of seeding), ${seconds(start)}`,
    );
  }
  const serverUrl = process.env.BENCH_POSTGRES_URL;
  if (serverUrl) {
    start = performance.now();
    await preparePostgresTemplate(serverUrl, size);
    console.log(`  PostgreSQL ${size}: template ready, ${seconds(start)}`);
  }
}
