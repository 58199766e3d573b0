/**
 * The three benchmark datasets from the synthetic generator, cached under
 * `bench/.cache/` and keyed by size and a hash of the generator and migrations, so
 * seeding is paid once per generator version: a PGlite data directory per size, and a
 * `pg_dump` per size that a fresh PostgreSQL cluster restores into a template database
 * (each bench then works on a `create database … template` copy).
 */
import { execFileSync } from 'node:child_process';
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
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDatabase,
  type DatabaseHandle,
  NATIONAL_SCALE,
  queryRows,
  type SeedOptions,
  seed,
  sql,
} from '@trappen/db';
import { repoRoot } from './paths';
import { postgresBin } from './postgres';

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
const cacheRoot = join(repoRoot, 'bench', '.cache');

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

/**
 * A hash of everything that shapes the generated data: generator, seed and migrations.
 * `pnpm bench` pins it for the whole run (`BENCH_DATASET_VERSION`), so a migration
 * edited by someone else mid-run does not make a later bench seed its data again.
 */
export function generatorVersion(): string {
  const pinned = process.env.BENCH_DATASET_VERSION;
  if (pinned) return pinned;
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
    skipForeignKeyChecks: true,
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

/** True when the PGlite cache holds `size` for the current generator version. */
export function isPgliteCached(size: SizeName): boolean {
  return existsSync(join(cacheRoot, `${size}-${generatorVersion()}`, 'meta.json'));
}

/**
 * Opens a PGlite copy of a size, seeding and caching it first when the cache has none
 * for the current generator version. Benches write (sessions, audit rows), so each run
 * works on a temporary copy and the cache stays pristine.
 */
export async function openPgliteDataset(size: SizeName): Promise<Dataset> {
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
  // Marks the entry as in use, so cache pruning (entries untouched for an hour) spares it.
  const now = new Date();
  utimesSync(cached, now, now);
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

async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  const admin = await createDatabase({ url: serverUrl, maxConnections: 1 });
  try {
    const found = await queryRows(admin.db, sql`select 1 from pg_database where datname = ${name}`);
    return found.length > 0;
  } finally {
    await admin.close();
  }
}

function urlOf(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Makes sure the server has a template database of `size` for the current generator
 * version: restored from the cached `pg_dump` when there is one, otherwise migrated,
 * seeded, analysed and dumped into the cache for the next run. Returns its name.
 */
export async function preparePostgresTemplate(serverUrl: string, size: SizeName): Promise<string> {
  const version = generatorVersion();
  const template = `trappen_bench_${size}_${version}`;
  if (await databaseExists(serverUrl, template)) return template;
  const bin = postgresBin();
  const dump = join(cacheRoot, `${size}-${version}.pgdump`);
  const metaFile = join(cacheRoot, `${size}-${version}.meta.json`);
  const building = `${template}_building`;
  await onServer(serverUrl, `drop database if exists ${building} with (force)`);
  await onServer(serverUrl, `create database ${building}`);
  const start = performance.now();
  if (bin && existsSync(dump) && existsSync(metaFile)) {
    const now = new Date();
    utimesSync(dump, now, now);
    utimesSync(metaFile, now, now);
    console.log(`  restoring ${SIZES[size].label} into PostgreSQL from the cached dump…`);
    execFileSync(join(bin, 'pg_restore'), [
      '--no-owner',
      '--jobs=2',
      `--dbname=${urlOf(serverUrl, building)}`,
      dump,
    ]);
    await onServer(urlOf(serverUrl, building), 'analyze');
    console.log(`  restored in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } else {
    const handle = await createDatabase({ url: urlOf(serverUrl, building), maxConnections: 1 });
    try {
      await handle.migrate();
      console.log(`  seeding ${SIZES[size].label} into PostgreSQL (once per generator version)…`);
      const meta = await seedSize(handle, size);
      await handle.db.execute(sql`analyze`);
      console.log(`  seeded in ${(meta.seedMs / 1000).toFixed(1)} s`);
      mkdirSync(cacheRoot, { recursive: true });
      writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
    } finally {
      await handle.close();
    }
    if (bin) {
      const partial = `${dump}.${process.pid}`;
      execFileSync(join(bin, 'pg_dump'), [
        '--format=custom',
        '--compress=1',
        `--file=${partial}`,
        urlOf(serverUrl, building),
      ]);
      renameSync(partial, dump);
    }
  }
  await onServer(serverUrl, `alter database ${building} rename to ${template}`);
  return template;
}

/**
 * Opens a fresh copy of a size on a PostgreSQL server (`create database … template`,
 * from {@link preparePostgresTemplate}) and drops it on `close()`. The pool has the
 * production default of 10 connections.
 */
export async function openPostgresDataset(serverUrl: string, size: SizeName): Promise<Dataset> {
  const template = await preparePostgresTemplate(serverUrl, size);
  const name = `trappen_bench_${size}_work_${process.pid}`;
  await onServer(serverUrl, `drop database if exists ${name} with (force)`);
  await onServer(serverUrl, `create database ${name} template ${template}`);
  const handle = await createDatabase({ url: urlOf(serverUrl, name), maxConnections: 10 });
  const meta = JSON.parse(
    readFileSync(join(cacheRoot, `${size}-${generatorVersion()}.meta.json`), 'utf8'),
  ) as DatasetMeta;
  return {
    handle,
    meta,
    cached: true,
    close: async () => {
      await handle.close();
      await onServer(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
