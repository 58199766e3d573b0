// Runs one autocannon load in its own process, so the load generator does not share
// the server's event loop, and prints the result as one JSON line. autocannon's own
// percentiles skip p95, so latencies are collected from its response events.
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2] ?? '{}');
const latencies = [];
const statuses = new Map();
const instance = autocannon({ ...options, url: options.url }, (error, result) => {
  if (error) {
    console.error(error);
    process.exit(1);
  }
  latencies.sort((a, b) => a - b);
  const at = (q) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  console.log(
    JSON.stringify({
      requestsPerSecond: result.requests.average,
      total: latencies.length,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: latencies[latencies.length - 1] ?? 0,
      errors: result.errors + result.timeouts,
      statuses: Object.fromEntries(statuses),
      bytesPerResponse: latencies.length ? result.throughput.total / latencies.length : 0,
    }),
  );
});
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  latencies.push(responseTime);
  statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
});
