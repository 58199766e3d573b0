/**
 * Soak: minutes of mixed load on one server (10 in a full run), in segments that rotate
 * over "my cases", a case page, the staircase and the parent's plan. Between segments
 * the heap is measured after a forced GC (the server runs in this process). Reported,
 * not judged in CI: the goal is zero error responses and a flat heap.
 */
import './lib/source-aliases';

const { quick, report, summarise } = await import('../../../bench/kit.ts');
const { linkRequest, sessionCookieFor, startAppUnderTest } = await import('./lib/app-under-test');
const { openPgliteDataset } = await import('./lib/datasets');
const { runLoad } = await import('./lib/load');
type BenchFigure = import('../../../bench/kit.ts').BenchFigure;

// Quick: three short segments, enough to see errors and a first heap trend.
const MINUTES = quick ? 0.15 : 10;
const SEGMENT_S = quick ? 3 : 30;
const CONNECTIONS = 20;
const PASSWORD = 'trappen-demo';

function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const dataset = await openPgliteDataset('small');
const app = await startAppUnderTest(dataset.handle);
try {
  const domain = 'eksempelby.dk';
  const caseworker = await sessionCookieFor(app.url, `sagsbehandler@${domain}`, PASSWORD);
  const parent = await sessionCookieFor(app.url, `foraelder@${domain}`, PASSWORD);
  const list = await linkRequest(app.url, caseworker, (client) => client.cases.list.query({}));
  const caseId = list.data.items[0]?.caseId;
  const children = await linkRequest(app.url, parent, (client) => client.plans.myChildren.query());
  const childId = children.data[0]?.childId;
  if (!caseId || !childId) throw new Error('the dataset gave no case or no child for the parent');
  // Each request exactly as the apps' batch link (through @trappen/client) sends it.
  const endpoints = [
    list,
    await linkRequest(app.url, caseworker, (client) => client.cases.get.query({ caseId })),
    await linkRequest(app.url, caseworker, (client) => client.staircase.get.query()),
    await linkRequest(app.url, parent, (client) => client.plans.parentView.query({ childId })),
  ];

  const heap = [heapMiB()];
  const latenciesP99: number[] = [];
  let requests = 0;
  let errorResponses = 0;
  const segments = Math.max(1, Math.round((MINUTES * 60) / SEGMENT_S));
  for (let i = 0; i < segments; i += 1) {
    const endpoint = endpoints[i % endpoints.length] as (typeof endpoints)[number];
    const result = await runLoad({
      url: `${app.url}${endpoint.path}`,
      connections: CONNECTIONS,
      durationSeconds: SEGMENT_S,
      headers: endpoint.headers,
    });
    requests += result.total;
    errorResponses +=
      result.errors +
      Object.entries(result.statuses)
        .filter(([status]) => status !== '200')
        .reduce((sum, [, count]) => sum + count, 0);
    latenciesP99.push(result.p99);
    heap.push(heapMiB());
  }
  // Flat memory: the heap after the last segment against after the first (warm) one.
  const warm = heap[1] ?? heap[0] ?? 0;
  const last = heap[heap.length - 1] ?? 0;
  const growth = warm > 0 ? last / warm : 1;
  const figure: BenchFigure = {
    name: `soak: ${MINUTES} min mixed load (${CONNECTIONS} connections, PGlite, small)`,
    subject: summarise(latenciesP99),
    throughput: { value: requests / (segments * SEGMENT_S), unit: 'requests/s' },
    ratio: growth,
    ratioMeaning: 'heap after the last segment ÷ after the first, after GC (flat ≈ 1)',
    goal: {
      text: 'no error responses; heap growth ≤ 1.2',
      met: errorResponses === 0 && growth <= 1.2,
    },
    notes: `${requests.toLocaleString('en')} requests, ${errorResponses} error responses; subject = p99 latency per segment (ms); heap MiB after GC per segment: ${heap.map((h) => h.toFixed(1)).join(', ')}`,
  };
  report([figure]);
  console.log(`  ${figure.notes}`);
} finally {
  await app.close();
  await dataset.close();
}
