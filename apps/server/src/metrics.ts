import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** How busy the database pool is, for drivers that have one (node-postgres). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** What `/metrics` may read besides the HTTP requests it counts itself. */
export interface MetricsSources {
  /** The database pool, when there is one. */
  pool?: () => PoolStats;
  /** Requests waiting for the embedded database (see `boundedConcurrency`). */
  queued?: () => number;
}

/** The server's Prometheus metrics and the middleware that records them. */
export interface Metrics {
  registry: Registry;
  /** Records one observation per procedure of each `/trpc` request (mounted before the API). */
  recordApi: RequestHandler;
  /** `GET /metrics`, only with `Authorization: Bearer <token>`. */
  route: RequestHandler;
}

/**
 * Request rate, latency histograms and errors per procedure, the database pool and the
 * embedded-database queue, in Prometheus' text format. Procedure labels are limited to
 * `known` paths (anything else counts as `unknown`), so a caller cannot grow the label
 * set. A batched call's latency is the whole batch's, recorded for each of its procedures.
 */
export function createMetrics(
  token: string,
  known: ReadonlySet<string>,
  sources: MetricsSources = {},
): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'trappen_api_requests_total',
    help: 'API calls by procedure and HTTP status',
    labelNames: ['procedure', 'status'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'trappen_api_errors_total',
    help: 'API calls answered with a 5xx status, by procedure',
    labelNames: ['procedure'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'trappen_api_request_duration_seconds',
    help: 'API latency by procedure (a batch counts for each of its procedures)',
    labelNames: ['procedure'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  if (sources.pool) {
    const pool = sources.pool;
    new Gauge({
      name: 'trappen_db_pool_connections',
      help: 'Database pool connections by state',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = pool();
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
  }
  if (sources.queued) {
    const queued = sources.queued;
    new Gauge({
      name: 'trappen_db_queued_requests',
      help: 'API requests waiting for the embedded database',
      registers: [registry],
      collect() {
        this.set(queued());
      },
    });
  }

  const recordApi: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    const procedures = req.path
      .slice(1)
      .split(',')
      .map((path) => (known.has(path) ? path : 'unknown'));
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = String(res.statusCode);
      for (const procedure of procedures) {
        requests.inc({ procedure, status });
        latency.observe({ procedure }, seconds);
        if (res.statusCode >= 500) errors.inc({ procedure });
      }
    });
    next();
  };
  const route: RequestHandler = async (req, res) => {
    const given = Buffer.from(req.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.status(401).type('text/plain').send('Unauthorized');
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.type(registry.contentType).send(await registry.metrics());
  };
  return { registry, recordApi, route };
}
