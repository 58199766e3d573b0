import { parseArgs } from 'node:util';
import { createDatabase } from './database';
import { NATIONAL_SCALE, seed } from './seed';

// `pnpm seed [--national] [--municipalities n] [--scale x] [--seed n]` into DATABASE_URL
// or TRAPPEN_DATA_DIR (PGlite). Prints the demo logins.
const { values } = parseArgs({
  options: {
    national: { type: 'boolean', default: false },
    municipalities: { type: 'string' },
    scale: { type: 'string' },
    seed: { type: 'string' },
  },
});
const url = process.env.DATABASE_URL;
const dataDir =
  process.env.TRAPPEN_DATA_DIR ?? new URL('../../../.data/pglite', import.meta.url).pathname;
const handle = await createDatabase(url ? { url } : { dataDir });
await handle.migrate();
const started = Date.now();
const result = await seed(handle.db, {
  ...(values.national ? NATIONAL_SCALE : {}),
  ...(values.municipalities ? { municipalities: Number(values.municipalities) } : {}),
  ...(values.scale ? { scale: Number(values.scale) } : {}),
  ...(values.seed ? { randomSeed: Number(values.seed) } : {}),
  onProgress: (done, total) => process.stdout.write(`\rseeded ${done}/${total} municipalities`),
});
console.log(
  `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s into ${url ? 'PostgreSQL' : dataDir}`,
);
console.table(result.rows);
console.log(`Demo logins (password: ${result.demoPassword}):`);
for (const user of result.demoUsers.slice(0, 7))
  console.log(`  ${user.role.padEnd(14)} ${user.email}`);
await handle.close();
