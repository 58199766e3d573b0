import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvRecordBatches, importInterventionsCsv, queryRows, sql } from '@trappen/db';
import { type BenchFigure, measureAsync, quick, report, summarise } from '../../../bench/kit.ts';
import {
  type Dataset,
  openPgliteDataset,
  openPostgresDataset,
  SIZES,
  type SizeName,
} from './lib/datasets';
import { growthLine, type SizePoint } from './lib/growth';
import { startPostgres } from './lib/postgres';

// Quick: enough rows for a stable rate; the goal is a rate, not a total time.
const ROWS = quick ? 20_000 : 1_000_000;
const SIZE_NAMES: SizeName[] = quick ? ['small'] : ['small', 'copenhagen', 'national'];
const MEMORY_LIMIT_MB = 512;

/** Why the rate goal is out of reach on an engine, from the profiles (bench/profiling.md). */
const rateBound = (engine: string) =>
  `bound by the database, not the parser: each row costs 3 foreign-key checks and 3 index inserts in the one transaction, ${
    engine === 'PGlite'
      ? '≈ 65–150 µs a row in the embedded engine (the upper end while its WebAssembly warms up), which caps an import near 7–15k rows/s'
      : '≈ 30 µs of server time a row (18 µs of it the key checks), which caps an import near 30k rows/s'
  } against a parse of 450k–900k rows/s`;

/** Writes a CSV of `rows` interventions on the dataset's cases, spread over ten years. */
async function writeCsv(file: string, dataset: Dataset): Promise<void> {
  const cases = await queryRows<{ id: string }>(
    dataset.handle.db,
    sql`select id::text from cases where municipality_id = ${dataset.meta.municipality.id}`,
  );
  const codes = await queryRows<{ code: string }>(
    dataset.handle.db,
    sql`select distinct code from interventions`,
  );
  const out = createWriteStream(file);
  out.write('case_id,code,start_date,planned_end,end_date,provider,daily_rate\n');
  let seed = 1;
  const next = (n: number) => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed % n;
  };
  const day0 = Date.UTC(2031, 0, 1);
  const iso = (d: number) => new Date(day0 + d * 86_400_000).toISOString().slice(0, 10);
  let buffer = '';
  for (let i = 0; i < ROWS; i += 1) {
    const start = next(3650);
    const ended = next(3) === 0;
    buffer += `${cases[next(cases.length)]?.id},${codes[next(codes.length)]?.code},${iso(start)},${iso(start + 180)},${ended ? iso(start + 90) : ''},"Leverandør ${next(40)}, afd. ${next(5)}",${next(4) === 0 ? '' : (500 + next(3000)).toFixed(2)}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer))
        await new Promise((resolve) => out.once('drain', () => resolve(undefined)));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise((resolve) => out.once('finish', () => resolve(undefined)));
}

/** Peak resident memory while `fn` runs, sampled every 25 ms. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

const growth = new Map<string, SizePoint[]>();
async function measureEngine(engine: string, open: (size: SizeName) => Promise<Dataset>) {
  for (const size of SIZE_NAMES) {
    const dataset = await open(size);
    const dir = mkdtempSync(join(tmpdir(), 'trappen-import-'));
    const file = join(dir, 'interventions.csv');
    try {
      await writeCsv(file, dataset);
      const parse = await measureAsync(
        async () => {
          let n = 0;
          for await (const records of csvRecordBatches(createReadStream(file))) n += records.length;
          if (n !== ROWS + 1) throw new Error(`parsed ${n} records`);
        },
        { runs: 3, warmup: 1 },
      );
      const start = performance.now();
      const { value, peakMb } = await withPeakRss(() =>
        importInterventionsCsv(dataset.handle.db, createReadStream(file), {
          municipalityId: dataset.meta.municipality.id,
        }),
      );
      const importTiming = summarise([performance.now() - start]);
      const rate = (ROWS * 1000) / importTiming.median;
      const parseRate = (ROWS * 1000) / parse.median;
      const ratio = rate / parseRate;
      const figure: BenchFigure = {
        name: `import · ${engine} · ${ROWS.toLocaleString('en')}-row interventions CSV into ${SIZES[size].label}`,
        subject: importTiming,
        baseline: parse,
        throughput: { value: rate, unit: 'rows/s' },
        ratio,
        ratioMeaning: 'import rows/s ÷ raw parse rows/s',
        goal: {
          text: `≥ 0.25 of the parse rate, peak memory < ${MEMORY_LIMIT_MB} MB`,
          met: ratio >= 0.25 && peakMb < MEMORY_LIMIT_MB,
        },
        notes: `file ${(statSync(file).size / 2 ** 20).toFixed(0)} MB; parse ${Math.round(parseRate).toLocaleString('en')} rows/s; inserted ${value.inserted.toLocaleString('en')}, skipped ${value.skipped.toLocaleString('en')}; peak RSS of the bench process ${peakMb.toFixed(0)} MB${engine === 'PGlite' ? ' (includes the embedded database)' : ''}`,
      };
      if (ratio < 0.25) figure.notes = `${figure.notes}; ${rateBound(engine)}`;
      report([figure]);
      console.log(`  ${figure.notes}`);
      const key = engine;
      growth.set(key, [
        ...(growth.get(key) ?? []),
        { label: size, size: dataset.meta.rows.interventions ?? 0, cost: importTiming.median },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await dataset.close();
    }
  }
}

await measureEngine('PGlite', openPgliteDataset);
const cluster = await startPostgres();
if (cluster) {
  try {
    await measureEngine(`PostgreSQL ${cluster.version}`, (size) =>
      openPostgresDataset(cluster.url, size),
    );
  } finally {
    cluster.stop();
  }
}
if (!quick) {
  for (const [engine, points] of growth) {
    report([
      {
        name: `import growth · ${engine} (existing interventions in the table)`,
        subject: { min: 0, median: 0, max: 0, runs: points.length },
        notes: growthLine(points, 'import time'),
      },
    ]);
  }
}
