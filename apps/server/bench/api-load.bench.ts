/**
 * Benchmark 1: the API under load (autocannon, 50 connections, loopback) — "my cases",
 * a case page and the council KPI board — against a bare Express route on the same
 * server answering constant JSON of the same size, on PGlite and PostgreSQL.
 * Run: `node --import tsx apps/server/bench/api-load.bench.ts [--quick]`
 */
import './lib/source-aliases';

await import('./api-load');
