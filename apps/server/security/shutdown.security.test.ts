import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionPlans, cases, createDatabase, eq, guardians, seed, users } from '@trappen/db';
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, PASSWORD } from '../src/testing/test-server';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'trappen-shutdown-'));
let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** A POST whose body arrives in two parts, so the request is in flight for as long as we like. */
function slowPost(port: number, path: string, cookie: string, body: string) {
  let finish: () => void = () => {};
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    finish = () => req.end(body.slice(half));
  });
  return { response, finish: () => finish() };
}

describe('graceful shutdown (ASVS V16.5.4, availability)', () => {
  it('on SIGTERM finishes and commits the in-flight mutation, refuses new requests and exits in time', async () => {
    const setup = await createDatabase({ dataDir });
    await setup.migrate();
    await seed(setup.db, { municipalities: 1, scale: 0.05, asOf: AS_OF, randomSeed: 3 });
    const [parent] = await setup.db
      .select()
      .from(users)
      .where(eq(users.email, 'foraelder@eksempelby.dk'));
    const [guardian] = await setup.db
      .select()
      .from(guardians)
      .where(eq(guardians.userId, parent?.id ?? ''));
    const [kase] = await setup.db
      .select()
      .from(cases)
      .where(eq(cases.childId, guardian?.childId ?? ''));
    const [plan] = await setup.db
      .select()
      .from(actionPlans)
      .where(eq(actionPlans.caseId, kase?.id ?? ''));
    await setup.close();
    if (!kase || !plan) throw new Error('no plan in the seeded data');

    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        TRAPPEN_DATA_DIR: dataDir,
        NODE_ENV: 'production',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => {
      output += d;
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });
    const exited = new Promise<number | null>((resolve) =>
      child?.on('exit', (code) => resolve(code)),
    );
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      const ok = await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sagsbehandler@eksempelby.dk', password: PASSWORD }),
    });
    expect(login.status, output).toBe(200);
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';

    const save = slowPost(
      port,
      '/trpc/plans.save',
      cookie,
      JSON.stringify({
        caseId: kase.id,
        version: plan.version,
        purpose: 'Gemt under nedlukning',
        goals: ['Mål'],
        timeFrameFrom: AS_OF,
        timeFrameTo: '2025-12-31',
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const refused = await fetch(`${base}/healthz`).then(
      (r) => `HTTP ${r.status}`,
      (e: Error) => `refused: ${e.message}`,
    );
    expect(refused).toMatch(/^refused/);
    save.finish();
    const saved = await save.response;
    expect(saved.status, saved.text).toBe(200);
    const code = await exited;
    expect(code, output).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(output).toContain('SIGTERM: finishing in-flight requests');

    const after = await createDatabase({ dataDir });
    const [row] = await after.db.select().from(actionPlans).where(eq(actionPlans.id, plan.id));
    await after.close();
    expect(row).toMatchObject({ purpose: 'Gemt under nedlukning', version: plan.version + 1 });
    // Seeding and starting the process take most of this on a busy machine.
  }, 240_000);
});
