import { queryRows, sql } from '@trappen/db';
import { measureAsync, quick, report } from '../../../bench/kit.ts';
import { computeKpis } from '../../../packages/api/src/queries/kpi/compute-kpis';
import { loadKpiScope } from '../../../packages/api/src/queries/kpi/load-kpi-scope';
import { AS_OF, openPgliteDataset, SIZES, type SizeName } from './lib/datasets';
import { growthLine, type SizePoint } from './lib/growth';

// `--sizes=small,copenhagen` narrows a run (national takes long to seed the first time).
const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length);
const SIZE_NAMES: SizeName[] = sizesArg
  ? (sizesArg.split(',') as SizeName[]).filter((size) => size in SIZES)
  : quick
    ? ['small']
    : ['small', 'copenhagen', 'national'];
const points: SizePoint[] = [];

for (const size of SIZE_NAMES) {
  const dataset = await openPgliteDataset(size);
  try {
    const { db } = dataset.handle;
    const municipalityId = dataset.meta.municipality.id;
    const loaded = await loadKpiScope(db, municipalityId, AS_OF);
    const subject = await measureAsync(() => computeKpis(db, loaded.scope, loaded.norms), {
      runs: quick ? 3 : 5,
      warmup: 1,
    });
    const floor = await measureAsync(
      () =>
        queryRows(
          db,
          sql`select code, extract(year from start_date) as y, count(*)::int as n from interventions
            where municipality_id = ${municipalityId} group by 1, 2`,
        ),
      { runs: 7, warmup: 2 },
    );
    const ratio = subject.median / floor.median;
    report([
      {
        name: `KPI aggregation · PGlite · ${SIZES[size].label} · all KPI queries for one municipality`,
        subject,
        baseline: floor,
        ratio,
        ratioMeaning: 'time ÷ count(*) group by over interventions',
        goal: { text: 'ratio ≤ 3', met: ratio <= 3 },
        notes: `8 KPI statements (placed, mix, steps, movement, caseload, follow-ups, notifications, spend) over ${loaded.scope.firstYear}–${AS_OF.slice(0, 4)}, years and quarters; the floor is one scan of the municipality's ${(dataset.meta.rows.interventions ?? 0).toLocaleString('en')} interventions in the dataset`,
      },
    ]);
    points.push({ label: size, size: dataset.meta.rows.interventions ?? 0, cost: subject.median });
  } finally {
    await dataset.close();
  }
}
if (!quick)
  report([
    {
      name: 'KPI aggregation growth · PGlite',
      subject: { min: 0, median: 0, max: 0, runs: points.length },
      notes: growthLine(points, 'KPI time'),
    },
  ]);
