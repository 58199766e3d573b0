/**
 * Benchmark 2: the council KPI figures (every KPI query of `kpi.board`, in SQL) for one
 * municipality against the database's floor — a raw `count(*) … group by` over the
 * same table for the same municipality — at national size (quick: small).
 * Run: `node --import tsx apps/server/bench/kpi.bench.ts [--quick]`
 */
import './lib/source-aliases';

await import('./kpi');
