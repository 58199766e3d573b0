/**
 * The three benchmark datasets from the synthetic generator, with PGlite copies cached
 * under `bench/.cache/` (keyed by size and a hash of the generator and migrations), so
 * national-size seeding is paid once per generator version.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDatabase,
  type DatabaseHandle,
  NATIONAL_SCALE,
  type SeedOptions,
  seed,
  sql,
} from '@trappen/db';
import { repoRoot } from './paths';

/** A dataset size. */
export type SizeName = 'small' | 'copenhagen' | 'national';

/** What the generator is asked for at each size. */
export const SIZES: Readonly<Record<SizeName, SeedOptions & { label: string }>> = {
  // Eksempelby at 1.1: about 495 children with measures (375 open + 75 closed, times 1.1).
  small: { label: 'small (~500 children)', municipalities: 1, scale: 1.1 },
  // One municipality at 13.3 times Eksempelby: about 6,000 children with measures.
  copenhagen: { label: 'Copenhagen (~6,000 children)', municipalities: 1, scale: 13.3 },
  national: { label: 'national (98 municipalities, ~60,000 children)', ...NATIONAL_SCALE },
};

/** The data's "today": fixed, so deadlines and KPI periods never drift between runs. */
export const AS_OF = '2025-06-30';
const RANDOM_SEED = 2017;

/** Row counts and the first municipality, saved next to a cached dataset. */
export interface DatasetMeta {
  size: SizeName;
  rows: Record<string, number>;
  /** Eksempelby: the municipality of the demo users used by the benches. */
  municipality: { id: string; code: string; name: string };
  seedMs: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** A hash of everything that shapes the generated data: generator, seed and migrations. */
export function generatorVersion(): string {
  const db = join(repoRoot, 'packages', 'db');
  const hash = createHash('sha256');
  for (const file of [
    ...filesUnder(join(db, 'src', 'synthetic')),
    join(db, 'src', 'seed.ts'),
    join(db, 'src', 'case-summary.ts'),
    ...filesUnder(join(db, 'drizzle')),
  ]) {
    hash.update(file.slice(db.length)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** Seeds a size into an open, migrated database. */
export async function seedSize(handle: DatabaseHandle, size: SizeName): Promise<DatasetMeta> {
  const { label: _label, ...options } = SIZES[size];
  const start = performance.now();
  const result = await seed(handle.db, {
    ...options,
    asOf: AS_OF,
    randomSeed: RANDOM_SEED,
    onProgress: (done, total) => {
      if (total > 1 && done % 10 === 0) console.log(`  seeded ${done}/${total} municipalities`);
    },
  });
  const first = result.municipalities[0];
  if (!first) throw new Error('the generator made no municipality');
  return { size, rows: result.rows, municipality: first, seedMs: performance.now() - start };
}

/** An open dataset: a working copy, closed and removed by `close()`. */
export interface Dataset {
  handle: DatabaseHandle;
  meta: DatasetMeta;
  /** True when the PGlite copy came from the cache. */
  cached: boolean;
  close(): Promise<void>;
}

/**
 * Opens a PGlite copy of a size, seeding and caching it first when the cache has none
 * for the current generator version. Benches write (sessions, audit rows), so each run
 * works on a temporary copy and the cache stays pristine.
 */
export async function openPgliteDataset(size: SizeName): Promise<Dataset> {
  const cacheRoot = join(repoRoot, 'bench', '.cache');
  const cached = join(cacheRoot, `${size}-${generatorVersion()}`);
  const wasCached = existsSync(join(cached, 'meta.json'));
  if (!wasCached) {
    mkdirSync(cacheRoot, { recursive: true });
    const building = `${cached}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building, { recursive: true });
    const handle = await createDatabase({ dataDir: join(building, 'pgdata') });
    await handle.migrate();
    console.log(`  seeding ${SIZES[size].label} into the cache (once per generator version)…`);
    const meta = await seedSize(handle, size);
    await handle.close();
    writeFileSync(join(building, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    renameSync(building, cached);
  }
  const work = mkdtempSync(join(tmpdir(), `trappen-bench-${size}-`));
  cpSync(join(cached, 'pgdata'), join(work, 'pgdata'), { recursive: true });
  const meta = JSON.parse(readFileSync(join(cached, 'meta.json'), 'utf8')) as DatasetMeta;
  const handle = await createDatabase({ dataDir: join(work, 'pgdata') });
  return {
    handle,
    meta,
    cached: wasCached,
    close: async () => {
      await handle.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = await createDatabase({ url: serverUrl, maxConnections: 1 });
  try {
    await admin.db.execute(sql.raw(statement));
  } finally {
    await admin.close();
  }
}

/**
 * Creates a fresh database on a PostgreSQL server, migrates and seeds it (PostgreSQL
 * seeds quickly enough that caching a dump is not worth it), and drops it on `close()`.
 * The pool has the production default of 10 connections.
 */
export async function openPostgresDataset(serverUrl: string, size: SizeName): Promise<Dataset> {
  const name = `trappen_bench_${size}`;
  await onServer(serverUrl, `drop database if exists ${name} with (force)`);
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ url: url.toString(), maxConnections: 10 });
  await handle.migrate();
  console.log(`  seeding ${SIZES[size].label} into PostgreSQL…`);
  const meta = await seedSize(handle, size);
  await handle.db.execute(sql`analyze`);
  return {
    handle,
    meta,
    cached: false,
    close: async () => {
      await handle.close();
      await onServer(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
