import { type Database, queryRows, sql } from '@trappen/db';
import { type BenchFigure, measureAsync, quick, report, type Timing } from '../../../bench/kit.ts';
import { computeKpis } from '../../../packages/api/src/queries/kpi/compute-kpis';
import { loadKpiScope } from '../../../packages/api/src/queries/kpi/load-kpi-scope';
import {
  AS_OF,
  type Dataset,
  openPgliteDataset,
  openPostgresDataset,
  SIZES,
  type SizeName,
} from './lib/datasets';
import { growthLine, type SizePoint } from './lib/growth';
import { startPostgres } from './lib/postgres';

// `--sizes=small,copenhagen` narrows a run; `--engine=pglite|postgres` measures one engine.
const argValue = (name: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizesArg = argValue('sizes');
const ENGINE = argValue('engine');
const SIZE_NAMES: SizeName[] = sizesArg
  ? (sizesArg.split(',') as SizeName[]).filter((size) => size in SIZES)
  : quick
    ? ['small']
    : ['small', 'copenhagen', 'national'];

/**
 * The floor of each table the KPI statements read: a `count(*) … group by` year over the
 * municipality's rows, and how many of the eight statements read that table. Reading
 * the same tables as often is the least any KPI summary can cost.
 */
const TABLE_READS: { table: string; year: string; statements: number }[] = [
  // placed, mix, steps, movement, caseload, follow-ups
  { table: 'interventions', year: 'extract(year from start_date)', statements: 6 },
  // placed, caseload, follow-ups
  { table: 'cases', year: 'extract(year from opened_on)', statements: 3 },
  { table: 'case_assignments', year: 'extract(year from from_date)', statements: 1 },
  { table: 'follow_ups', year: 'extract(year from date)', statements: 1 },
  { table: 'notifications', year: 'extract(year from received_on)', statements: 1 },
  { table: 'budget_entries', year: 'year', statements: 1 },
];

const countByYear = (db: Database, table: string, year: string, municipalityId: string) =>
  queryRows(
    db,
    sql`select ${sql.raw(year)} as y, count(*)::int as n from ${sql.raw(table)}
      where municipality_id = ${municipalityId} group by 1`,
  );

/** Median-based sum of timings (each table's floor times how often it is read). */
const weighted = (parts: { timing: Timing; times: number }[]): Timing => {
  const sum = (pick: (t: Timing) => number) =>
    parts.reduce((total, { timing, times }) => total + pick(timing) * times, 0);
  return {
    min: sum((t) => t.min),
    median: sum((t) => t.median),
    max: sum((t) => t.max),
    runs: parts[0]?.timing.runs ?? 0,
  };
};

async function measureSize(engine: string, dataset: Dataset): Promise<number> {
  const { db } = dataset.handle;
  const municipalityId = dataset.meta.municipality.id;
  const loaded = await loadKpiScope(db, municipalityId, AS_OF);
  const subject = await measureAsync(() => computeKpis(db, loaded.scope, loaded.norms), {
    runs: quick ? 3 : 5,
    warmup: 1,
  });
  const floors = [];
  for (const read of TABLE_READS)
    floors.push({
      table: read.table,
      times: read.statements,
      timing: await measureAsync(() => countByYear(db, read.table, read.year, municipalityId), {
        runs: 7,
        warmup: 2,
      }),
    });
  const matched = weighted(floors);
  const interventionsFloor = floors[0]?.timing ?? matched;
  const ratio = subject.median / matched.median;
  const label = `${engine} · ${SIZES[dataset.meta.size].label}`;
  const figures: BenchFigure[] = [
    {
      name: `KPI aggregation · ${label} · all KPI statements for one municipality vs count(*) over the same tables`,
      subject,
      baseline: matched,
      ratio,
      ratioMeaning: 'time ÷ count(*) group by over each table the statements read, as often',
      goal: { text: 'ratio ≤ 3', met: ratio <= 3 },
      notes: `8 KPI statements (placed, mix, steps, movement, caseload, follow-ups, notifications, spend) over ${loaded.scope.firstYear}–${AS_OF.slice(0, 4)}, years and quarters; floor = ${floors.map((f) => `${f.table} ${f.timing.median.toFixed(1)} ms × ${f.times}`).join(', ')}; the municipality has ${(dataset.meta.rows.interventions ?? 0).toLocaleString('en')} interventions in a dataset of ${(dataset.meta.rows.municipalities ?? 1).toLocaleString('en')} municipalities`,
    },
    {
      name: `KPI aggregation · ${label} · all KPI statements vs one count(*) over interventions`,
      subject,
      baseline: interventionsFloor,
      ratio: subject.median / interventionsFloor.median,
      ratioMeaning: 'time ÷ one count(*) group by over the interventions (a stricter floor)',
    },
  ];
  report(figures);
  return subject.median;
}

const growth = new Map<string, SizePoint[]>();
async function measureEngine(engine: string, open: (size: SizeName) => Promise<Dataset>) {
  for (const size of SIZE_NAMES) {
    const dataset = await open(size);
    try {
      const median = await measureSize(engine, dataset);
      const points = growth.get(engine) ?? [];
      points.push({ label: size, size: dataset.meta.rows.interventions ?? 0, cost: median });
      growth.set(engine, points);
    } finally {
      await dataset.close();
    }
  }
}

if (ENGINE !== 'postgres') await measureEngine('PGlite', openPgliteDataset);
const cluster = ENGINE === 'pglite' ? null : await startPostgres();
if (cluster) {
  try {
    await measureEngine(`PostgreSQL ${cluster.version}`, (size) =>
      openPostgresDataset(cluster.url, size),
    );
  } finally {
    cluster.stop();
  }
}
if (!quick)
  for (const [engine, points] of growth)
    report([
      {
        name: `KPI aggregation growth · ${engine}`,
        subject: { min: 0, median: 0, max: 0, runs: points.length },
        notes: growthLine(points, 'KPI time'),
      },
    ]);
