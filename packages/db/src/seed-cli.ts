import { createDatabase } from './database';
import { NATIONAL_SCALE, seed } from './seed';
import { parseSeedArgs, SEED_USAGE, type SeedArgs } from './seed-args';

// `pnpm seed -- [--national] [--municipalities n] [--scale x] [--seed n]` into DATABASE_URL
// or TRAPPEN_DATA_DIR (PGlite). Prints the demo logins.
let args: SeedArgs;
try {
  args = parseSeedArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${SEED_USAGE}`);
  process.exit(1);
}
if (args.help) {
  console.log(SEED_USAGE);
  process.exit(0);
}
const url = process.env.DATABASE_URL;
const dataDir =
  process.env.TRAPPEN_DATA_DIR || new URL('../../../.data/pglite', import.meta.url).pathname;
const handle = await createDatabase(url ? { url } : { dataDir });
await handle.migrate();
const started = Date.now();
const result = await seed(handle.db, {
  ...(args.national ? NATIONAL_SCALE : {}),
  ...(args.municipalities ? { municipalities: args.municipalities } : {}),
  ...(args.scale ? { scale: args.scale } : {}),
  ...(args.seed ? { randomSeed: args.seed } : {}),
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
