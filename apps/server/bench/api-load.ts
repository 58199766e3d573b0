import { type BenchFigure, quick, report } from '../../../bench/kit.ts';
import {
  BASELINE_PATH,
  type LinkRequest,
  linkRequest,
  sessionCookieFor,
  startAppUnderTest,
} from './lib/app-under-test';
import {
  type Dataset,
  openPgliteDataset,
  openPostgresDataset,
  SIZES,
  type SizeName,
} from './lib/datasets';
import { growthLine, type SizePoint } from './lib/growth';
import { type LoadResult, runLoad } from './lib/load';
import { startPostgres } from './lib/postgres';

const CONNECTIONS = 50;
const DURATION_S = quick ? 3 : 20;
const SIZE_NAMES: SizeName[] = quick ? ['small'] : ['small', 'copenhagen', 'national'];
const PASSWORD = 'trappen-demo';
// `--only=myCases,casePage` and `--engine=pglite|postgres` narrow a run while tuning.
const argValue = (name: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const ONLY = argValue('only')?.split(',');
const ENGINE = argValue('engine');

interface Endpoint {
  key: 'myCases' | 'casePage' | 'kpiBoard';
  label: string;
  /** The request as `@trappen/client`'s batch link sent it (path and headers). */
  request: LinkRequest<unknown>;
}

const asTiming = (r: LoadResult) => ({ min: r.p50, median: r.p95, max: r.p99, runs: r.total });

async function endpointsFor(url: string, domain: string): Promise<Endpoint[]> {
  const caseworker = await sessionCookieFor(url, `sagsbehandler@${domain}`, PASSWORD);
  const council = await sessionCookieFor(url, `byraad@${domain}`, PASSWORD);
  const myCases = await linkRequest(url, caseworker, (client) => client.cases.list.query({}));
  const caseId = myCases.data.items[0]?.caseId;
  if (!caseId)
    throw new Error(`"my cases" gave no case: ${JSON.stringify(myCases.data).slice(0, 300)}`);
  return [
    { key: 'myCases', label: '"my cases" list', request: myCases },
    {
      key: 'casePage',
      label: 'case page',
      request: await linkRequest(url, caseworker, (client) => client.cases.get.query({ caseId })),
    },
    {
      key: 'kpiBoard',
      label: 'council KPI board',
      request: await linkRequest(url, council, (client) => client.kpi.board.query({})),
    },
  ];
}

/** Subject and baseline load for every endpoint on one dataset. */
async function measureDataset(engine: string, dataset: Dataset): Promise<Map<string, LoadResult>> {
  const app = await startAppUnderTest(dataset.handle);
  const results = new Map<string, LoadResult>();
  try {
    const domain = `${dataset.meta.municipality.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.dk`;
    const endpoints = (await endpointsFor(app.url, domain)).filter(
      (endpoint) => !ONLY || ONLY.includes(endpoint.key),
    );
    for (const endpoint of endpoints) {
      const once = await fetch(`${app.url}${endpoint.request.path}`, {
        headers: endpoint.request.headers,
      });
      const text = await once.text();
      if (!once.ok) throw new Error(`${endpoint.label}: ${once.status} ${text.slice(0, 300)}`);
      app.setBaselineBody(text);
      const check = await fetch(`${app.url}${BASELINE_PATH}`);
      const echoed = await check.text();
      if (check.status !== 200 || echoed !== text)
        throw new Error(
          `the baseline answered ${check.status} with ${echoed.length} B, not the body`,
        );
      // Quick runs give the KPI board (about a second per request) fewer connections: 50
      // abandoned board requests would take minutes to drain before the next dataset.
      const connections = quick && endpoint.key === 'kpiBoard' ? 10 : CONNECTIONS;
      const load = { connections, durationSeconds: DURATION_S };
      const baselineUrl = `${app.url}${BASELINE_PATH}`;
      const subjectUrl = `${app.url}${endpoint.request.path}`;
      const headers = endpoint.request.headers;
      // Untimed warm-up of each, so JIT compilation and pool growth are not measured.
      await runLoad({ ...load, durationSeconds: 1, url: baselineUrl });
      const baseline = await runLoad({ ...load, url: baselineUrl });
      await runLoad({ ...load, durationSeconds: 1, url: subjectUrl, headers });
      const subject = await runLoad({
        ...load,
        url: subjectUrl,
        headers,
      });
      results.set(endpoint.key, subject);
      const ratio = subject.requestsPerSecond / baseline.requestsPerSecond;
      const other = Object.entries(subject.statuses).filter(([status]) => status !== '200');
      const isGoal = endpoint.key === 'myCases' && engine.startsWith('PostgreSQL');
      const figure: BenchFigure = {
        name: `api load · ${engine} · ${SIZES[dataset.meta.size].label} · ${endpoint.label} (latency p50/p95/p99)`,
        subject: asTiming(subject),
        baseline: asTiming(baseline),
        throughput: { value: subject.requestsPerSecond, unit: 'req/s' },
        ratio,
        ratioMeaning: 'req/s ÷ baseline req/s',
        notes: [
          `${connections} connections, ${DURATION_S} s; baseline ${Math.round(baseline.requestsPerSecond).toLocaleString('en')} req/s, ${Math.round(text.length).toLocaleString('en')} B body`,
          subject.total === 0
            ? 'NO response completed within the run: latency not measured'
            : `${subject.total.toLocaleString('en')} responses`,
          other.length || subject.errors
            ? `NON-200: ${JSON.stringify(Object.fromEntries(other))}, errors ${subject.errors}`
            : 'all 200',
        ].join('; '),
      };
      if (isGoal)
        figure.goal = {
          text: '≥ 0.35 of baseline req/s and p99 < 100 ms',
          met: ratio >= 0.35 && subject.p99 < 100 && other.length === 0,
        };
      report([figure]);
      console.log(`  ${figure.notes}`);
    }
  } finally {
    await app.close();
  }
  return results;
}

const growth = new Map<string, SizePoint[]>();
async function measureEngine(engine: string, open: (size: SizeName) => Promise<Dataset>) {
  for (const size of SIZE_NAMES) {
    const dataset = await open(size);
    try {
      const children = (dataset.meta.rows.children ?? 0) as number;
      for (const [key, result] of await measureDataset(engine, dataset)) {
        const points = growth.get(`${engine}|${key}`) ?? [];
        points.push({ label: size, size: children, cost: result.p50 || 0.01 });
        growth.set(`${engine}|${key}`, points);
      }
    } finally {
      await dataset.close();
    }
  }
}

const cluster = ENGINE === 'pglite' ? null : await startPostgres();
// A quick run measures one engine: PostgreSQL, where the goal is, when it is installed.
if (ENGINE !== 'postgres' && !(quick && cluster)) await measureEngine('PGlite', openPgliteDataset);
if (cluster) {
  try {
    await measureEngine(`PostgreSQL ${cluster.version}`, (size) =>
      openPostgresDataset(cluster.url, size),
    );
  } finally {
    cluster.stop();
  }
} else if (ENGINE !== 'pglite') {
  report([
    {
      name: 'api load · PostgreSQL · "my cases" list',
      subject: { min: 0, median: 0, max: 0, runs: 0 },
      goal: { text: '≥ 0.35 of baseline req/s and p99 < 100 ms', met: false },
      notes: 'PostgreSQL was not available on this machine, so the goal could not be checked.',
    },
  ]);
}
if (!quick) {
  for (const [key, points] of growth) {
    console.log(`${key}: ${growthLine(points, 'p50 latency')}`);
    report([
      {
        name: `api load growth · ${key.replace('|', ' · ')}`,
        subject: { min: 0, median: 0, max: 0, runs: points.length },
        notes: growthLine(points, 'p50 latency'),
      },
    ]);
  }
}
