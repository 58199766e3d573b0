/**
 * Benchmark 3: importing an interventions CSV (1,000,000 rows; quick: 20,000) with
 * `importInterventionsCsv`, against a raw streaming parse of the same file, with the
 * process's peak memory. Run: `node --import tsx apps/server/bench/import.bench.ts [--quick]`
 */
import './lib/source-aliases';

await import('./import');
