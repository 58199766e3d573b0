import { createDatabase } from '@trappen/db';
import { readConfig } from './config';
import { runRetentionJob } from './retention-job';

// Operator command: `pnpm --filter @trappen/server retention [--dry-run] [--today YYYY-MM-DD]`.
// The same job the server runs daily; a crash or Ctrl-C leaves whole children, rerun to resume.
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const todayAt = args.indexOf('--today');
const today = todayAt >= 0 ? args[todayAt + 1] : undefined;
if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`--today must be a date (YYYY-MM-DD): ${today}`);
  process.exit(2);
}
const config = readConfig();
const handle = await createDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
);
try {
  await handle.migrate();
  const result = await runRetentionJob(handle.db, { dryRun, today, report: (m) => console.log(m) });
  for (const c of result.cases)
    console.log(
      `  ${c.caseHash.slice(0, 16)}…  closed ${c.closedOn}  removable from ${c.removableFrom}  (${c.mode})`,
    );
} finally {
  await handle.close();
}
