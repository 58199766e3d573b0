/**
 * Sequential requests to one endpoint, for profiling with `--cpu-prof`:
 * `node --cpu-prof --import tsx apps/server/bench/lib/probe.ts cases.list 200 [concurrency]`.
 */
import './source-aliases';

const { queryPath, probeRequest, startAppUnderTest } = await import('./app-under-test');
const { openPgliteDataset, openPostgresDataset } = await import('./datasets');
const { startPostgres } = await import('./postgres');
const procedure = process.argv[2] ?? 'cases.list';
const count = Number(process.argv[3] ?? 100);
// PROBE_ENGINE=postgres profiles against a throwaway PostgreSQL cluster.
const cluster = process.env.PROBE_ENGINE === 'postgres' ? await startPostgres() : null;
const dataset = cluster
  ? await openPostgresDataset(cluster.url, 'small')
  : await openPgliteDataset('small');
const app = await startAppUnderTest(dataset.handle);
const { cookie, input } = await probeRequest(app.url, procedure);
const concurrency = Number(process.argv[4] ?? 1);
const times: number[] = [];
const began = performance.now();
let next = 0;
const worker = async () => {
  while (next < count) {
    next += 1;
    const start = performance.now();
    const response = await fetch(`${app.url}${queryPath(procedure, input)}`, {
      headers: { cookie },
    });
    await response.text();
    if (!response.ok) throw new Error(`${response.status}`);
    times.push(performance.now() - start);
  }
};
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = performance.now() - began;
times.sort((a, b) => a - b);
console.log(
  `${procedure} × ${count}, ${concurrency} at a time: ${((count * 1000) / elapsed).toFixed(1)} req/s,`,
  `median ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms, min ${times[0]?.toFixed(1)} ms`,
);
await app.close();
await dataset.close();
cluster?.stop();
