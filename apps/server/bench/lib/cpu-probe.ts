/**
 * CPU per request, split by process: the server (this process), PostgreSQL's backends
 * and the load generator. CPU time, unlike a profile's wall-clock samples, is not
 * inflated when other work shares the cores, so it says where a request's cost is even
 * on a busy machine:
 * `BENCH_POSTGRES_URL=… node --import tsx apps/server/bench/lib/cpu-probe.ts cases.list 5`.
 */
import './source-aliases';

const { readFileSync, readdirSync } = await import('node:fs');
const { BASELINE_PATH, queryPath, probeRequest, startAppUnderTest } = await import(
  './app-under-test'
);
const { openPostgresDataset } = await import('./datasets');
const { startPostgres } = await import('./postgres');
const { runLoad } = await import('./load');

const procedure = process.argv[2] ?? 'cases.list';
const seconds = Number(process.argv[3] ?? 5);
const ticks = 100; // USER_HZ on Linux

/** User + system CPU seconds of every process whose command line matches `pattern`. */
function cpuOf(pattern: RegExp): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (!pattern.test(cmdline)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      total += (Number(fields[11]) + Number(fields[12])) / ticks;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

const cluster = await startPostgres();
if (!cluster) throw new Error('PostgreSQL is needed');
const dataset = await openPostgresDataset(cluster.url, 'small');
const app = await startAppUnderTest(dataset.handle);
const { cookie, input } = await probeRequest(app.url, procedure);
// A procedure name, or a plain path such as `/healthz`.
const subjectUrl = `${app.url}${procedure.startsWith('/') ? procedure : queryPath(procedure, input)}`;
// `--baseline`: the bare route answering the same body, for the floor of one request.
const body = await (await fetch(subjectUrl, { headers: { cookie } })).text();
app.setBaselineBody(body);
const url = process.argv.includes('--baseline') ? `${app.url}${BASELINE_PATH}` : subjectUrl;
const backends = /^postgres: postgres trappen_bench_small_work/;
await runLoad({ url, connections: 10, durationSeconds: 1, headers: { cookie } });
const server0 = process.cpuUsage();
const pg0 = cpuOf(backends);
const load = await runLoad({ url, connections: 10, durationSeconds: seconds, headers: { cookie } });
const server = process.cpuUsage(server0);
const pg = cpuOf(backends) - pg0;
const perRequest = (s: number) => `${((s * 1000) / load.total).toFixed(3)} ms`;
console.log(
  `${procedure}: ${load.total} responses, ${load.requestsPerSecond.toFixed(0)} req/s, p50 ${load.p50} ms`,
);
console.log(
  `  server CPU per request: ${perRequest((server.user + server.system) / 1e6)} (user ${perRequest(server.user / 1e6)}, system ${perRequest(server.system / 1e6)})`,
);
console.log(`  PostgreSQL backends' CPU per request: ${perRequest(pg)}`);
await app.close();
await dataset.close();
cluster.stop();
