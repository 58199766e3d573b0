import { count, municipalities, seed } from '@trappen/db';
import { scheduleAuditPurge } from './audit-retention';
import { readOidcConfig } from './auth/oidc-config';
import { readConfig } from './config';
import { createServer } from './create-server';
import { EMBEDDED_CONCURRENCY } from './load-shedding';
import { channelsFromEnv } from './messaging/from-env';
import { startMessageQueue } from './messaging/message-queue';
import { scheduleDueMessages } from './messaging/schedule';
import { openDatabase, SchemaMismatchError } from './open-database';
import { scheduleRetention } from './retention-job';

// Entry point: open the database (the embedded one migrates itself; PostgreSQL must fit
// this code's schema, migrated beforehand by `pnpm migrate`), listen, and shut down
// gracefully on SIGTERM/SIGINT. Demo data only on the embedded default or with `--demo`.
const config = readConfig();
const oidc = readOidcConfig();
const demoAsked = process.argv.slice(2).includes('--demo');
let handle: Awaited<ReturnType<typeof openDatabase>>;
try {
  handle = await openDatabase(config);
} catch (error) {
  if (!(error instanceof SchemaMismatchError)) throw error;
  console.error(`Trappen cannot start: ${error.message}`);
  process.exit(1);
}
const [existing] = await handle.db.select({ n: count() }).from(municipalities);
let demo: Awaited<ReturnType<typeof seed>> | null = null;
if ((existing?.n ?? 0) === 0) {
  if (handle.driver === 'pglite' || demoAsked) {
    console.log('Empty database: generating the demo municipality Eksempelby …');
    demo = await seed(handle.db);
  } else {
    console.log(
      [
        'Empty database: no municipality and no users yet (no demo data on PostgreSQL without --demo).',
        'Create the first administrator (opret den første administrator):',
        '  pnpm admin:create -- --email you@kommune.dk --municipality "Herning" --code 0657 --inhabitants 89000',
      ].join('\n'),
    );
  }
}

scheduleAuditPurge(handle.db, config.auditRetentionDays, (message) => console.log(message));
scheduleRetention(handle.db, (message) => console.log(message));

const delivery = channelsFromEnv(process.env, config.dataDir);
// The embedded database sets up its own queue; on PostgreSQL `pnpm migrate` did. A
// server connected as the schema owner to a database migrated without it installs it;
// the least-privileged role cannot, and then serves without delivering: messages wait
// in the outbox, nothing is lost.
const messages = await startMessageQueue(handle, {
  channels: delivery.channels,
  migrate: handle.driver === 'pglite',
})
  .catch(() => startMessageQueue(handle, { channels: delivery.channels, migrate: true }))
  .catch((error: unknown) => {
    console.error(
      `Messages are not delivered (${(error as Error).message}); run pnpm migrate as the owner.`,
    );
    return null;
  });
const dueMessages = scheduleDueMessages(handle.db);

const app = createServer({
  db: handle.db,
  ping: handle.ping,
  isDev: config.isDev,
  trustProxy: config.trustProxy,
  allowedOrigins: config.allowedOrigins,
  ...(handle.driver === 'pglite' ? { concurrency: EMBEDDED_CONCURRENCY } : {}),
  ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
  poolStats: handle.poolStats,
  oidc,
});
const server = app.listen(config.port, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://localhost:${port}`;
  console.log(
    `\nTrappen is running (${handle.driver === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`,
  );
  console.log(`  ${base}/            landing page`);
  console.log(
    `  ${base}/console/    console · ${base}/portal/  parent portal · ${base}/board/  KPI board`,
  );
  console.log(`  ${base}/trpc        API · ${base}/healthz · ${base}/readyz`);
  console.log(`  messages: ${delivery.describe}`);
  if (!config.isDev)
    console.log(
      '  (production mode: Secure session cookies, which browsers accept on http://localhost; use HTTPS anywhere else)',
    );
  if (!demo) return;
  console.log(`\nDemo logins (password: ${demo.demoPassword}):`);
  const logins: [string, string][] = [
    ['caseworker', 'sagsbehandler@eksempelby.dk'],
    ['caseworker (team 2)', 'sagsbehandler2@eksempelby.dk'],
    ['team leader', 'teamleder@eksempelby.dk'],
    ['administrator', 'administrator@eksempelby.dk'],
    ['parent (1 child)', 'foraelder@eksempelby.dk'],
    ['parent (2 children)', 'foraelder2@eksempelby.dk'],
    ['council member', 'byraad@eksempelby.dk'],
  ];
  for (const [role, email] of logins) {
    console.log(`  ${role.padEnd(20)} ${email}`);
  }
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: finishing in-flight requests …`);
  const deadline = setTimeout(() => {
    console.error('Shutdown deadline passed; exiting.');
    process.exit(1);
  }, 10_000);
  deadline.unref();
  // close() stops accepting connections and waits for in-flight requests to finish.
  server.close(async () => {
    dueMessages.stop();
    await messages?.stop();
    delivery.close();
    await handle.close();
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
