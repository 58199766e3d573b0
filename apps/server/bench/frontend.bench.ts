/**
 * Benchmark 5: the front end — gzipped JavaScript per app (entry) and per lazy route
 * chunk from `apps/<app>/dist` (build first: `pnpm turbo run build`), and the LCP of
 * each app's first page in headless Chromium at 4x CPU slowdown.
 * Run: `node --import tsx apps/server/bench/frontend.bench.ts [--quick]`
 */
import './lib/source-aliases';

await import('./frontend');
