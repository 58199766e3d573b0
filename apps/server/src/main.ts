import { count, createDatabase, municipalities, seed } from '@trappen/db';
import { scheduleAuditPurge } from './audit-retention';
import { readOidcConfig } from './auth/oidc-config';
import { readConfig } from './config';
import { createServer } from './create-server';

// Entry point: open (and on first start create, migrate and seed) the database,
// listen, and shut down gracefully on SIGTERM/SIGINT.
const config = readConfig();
const oidc = readOidcConfig();
const handle = await createDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
);
await handle.migrate();
const [existing] = await handle.db.select({ n: count() }).from(municipalities);
let demo: Awaited<ReturnType<typeof seed>> | null = null;
if ((existing?.n ?? 0) === 0) {
  console.log('Empty database: generating the demo municipality Eksempelby …');
  demo = await seed(handle.db);
}

scheduleAuditPurge(handle.db, config.auditRetentionDays, (message) => console.log(message));

const app = createServer({
  db: handle.db,
  ping: handle.ping,
  isDev: config.isDev,
  trustProxy: config.trustProxy,
  allowedOrigins: config.allowedOrigins,
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
  if (!config.isDev)
    console.log(
      '  (production mode: Secure session cookies, which browsers accept on http://localhost; use HTTPS anywhere else)',
    );
  const password = demo?.demoPassword ?? 'trappen-demo';
  console.log(
    `\nDemo logins (password: ${password}${demo ? '' : ', unless the data was seeded differently'}):`,
  );
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
    await handle.close();
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
