import { auditLog, configVersions, count, eq, ruleSets } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from './testing/fixtures';
import { codeOf, errorOf, loginAs, startTestServer, type TestServer } from './testing/test-server';

let server: TestServer;
let homeId: string;
beforeAll(async () => {
  server = await startTestServer();
  homeId = (await fixtures(server)).home.id;
});
afterAll(() => server?.close());

const db = () => server.handle.db;
const admin = () => loginAs(server.url, 'administrator@eksempelby.dk');
const rulesRow = async () =>
  (await db().select().from(ruleSets).where(eq(ruleSets.municipalityId, homeId)))[0];
const versionsCount = async () =>
  (await db().select({ n: count() }).from(configVersions))[0]?.n ?? 0;
const auditCount = async () => (await db().select({ n: count() }).from(auditLog))[0]?.n ?? 0;
const followUpRules = {
  version: 'eksempelby-2025',
  dueSoonDays: 7,
  rules: [{ kind: 'childAssessment', months: 4 }],
};

describe('adminConfig', () => {
  it('shows steps, catalogue, norms and an empty history to an administrator', async () => {
    const { client } = await admin();
    const config = await client.adminConfig.get.query();
    expect(config.staircase.view.steps.length).toBeGreaterThanOrEqual(6);
    expect(config.staircase.view.interventions.length).toBeGreaterThan(0);
    expect(config.rules.caseloadNorm).toEqual({ target: 25, max: 30 });
    expect(config.rules.history).toEqual([]);
  });

  it('saves norms and follow-up rules as a new version with who changed what', async () => {
    const { client } = await admin();
    const before = await client.adminConfig.get.query();
    const saved = await client.adminConfig.saveRules.mutate({
      version: before.rules.version,
      caseloadNorm: { target: 22, max: 28 },
      followUpRules,
    });
    expect(saved.version).toBe(before.rules.version + 1);
    expect(saved.changes).toEqual(
      expect.arrayContaining(['caseloadNorm.municipality.target', 'caseloadNorm.municipality.max']),
    );
    const after = await client.adminConfig.get.query();
    expect(after.rules.caseloadNorm).toEqual({ target: 22, max: 28 });
    expect(after.rules.followUpRules).toEqual(followUpRules);
    expect(after.rules.history[0]).toMatchObject({
      version: saved.version,
      changedBy: 'Administrator',
    });
    const overview = await client.caseload.overview.query({});
    expect(overview.total.norm).toMatchObject({ target: 22, max: 28 });
  });

  it('refuses invalid norms and rules with field errors and writes nothing', async () => {
    const { client } = await admin();
    const current = await client.adminConfig.get.query();
    const row = await rulesRow();
    const versions = await versionsCount();
    const audits = await auditCount();
    const norm = await errorOf(
      client.adminConfig.saveRules.mutate({
        version: current.rules.version,
        caseloadNorm: { target: 40, max: 30 },
        followUpRules: null,
      }),
    );
    expect(norm.data?.code).toBe('BAD_REQUEST');
    expect(Object.keys(norm.data?.fieldErrors ?? {})).toContain('caseloadNorm.target');
    const rules = await errorOf(
      client.adminConfig.saveRules.mutate({
        version: current.rules.version,
        caseloadNorm: { target: 25, max: 30 },
        followUpRules: { version: 'x', rules: [{ kind: 'childAssessment', months: -2 }] },
      }),
    );
    expect(rules.data?.code).toBe('BAD_REQUEST');
    expect(
      Object.keys(rules.data?.fieldErrors ?? {}).some((k) => k.startsWith('followUpRules.rules.0')),
    ).toBe(true);
    const staircase = await errorOf(
      client.adminConfig.saveStaircase.mutate({ version: 0, definition: { steps: [] } }),
    );
    expect(staircase.data?.code).toBe('BAD_REQUEST');
    expect(
      Object.keys(staircase.data?.fieldErrors ?? {}).every((k) => k.startsWith('definition')),
    ).toBe(true);
    expect(await rulesRow()).toEqual(row);
    expect(await versionsCount()).toBe(versions);
    expect(await auditCount()).toBe(audits);
  });

  it('answers a stale version with CONFLICT and writes nothing', async () => {
    const { client } = await admin();
    const current = await client.adminConfig.get.query();
    const row = await rulesRow();
    const versions = await versionsCount();
    const call = client.adminConfig.saveRules.mutate({
      version: current.rules.version - 1,
      caseloadNorm: { target: 20, max: 26 },
      followUpRules: null,
    });
    expect(await codeOf(call)).toBe('CONFLICT');
    expect(await rulesRow()).toEqual(row);
    expect(await versionsCount()).toBe(versions);
  });

  it('saves an edited staircase as a new version with history, and refuses a stale one', async () => {
    const { client } = await admin();
    const current = await client.adminConfig.get.query();
    const definition = structuredClone(current.staircase.definition) as {
      steps: { name: { da: string } }[];
    };
    const first = definition.steps[0];
    if (!first) throw new Error('no steps');
    first.name.da = 'Tidlig forebyggelse (Eksempelby)';
    const saved = await client.adminConfig.saveStaircase.mutate({
      version: current.staircase.version,
      definition: definition as unknown as Record<string, unknown>,
    });
    expect(saved.changes).toEqual(['steps.0.name.da']);
    const after = await client.adminConfig.get.query();
    expect(after.staircase.history.map((h) => h.version)).toEqual([saved.version]);
    expect(
      await codeOf(
        client.adminConfig.saveStaircase.mutate({
          version: current.staircase.version,
          definition: definition as unknown as Record<string, unknown>,
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('is forbidden for everyone but administrators', async () => {
    for (const email of [
      'sagsbehandler@eksempelby.dk',
      'teamleder@eksempelby.dk',
      'foraelder@eksempelby.dk',
      'byraad@eksempelby.dk',
    ]) {
      const { client } = await loginAs(server.url, email);
      expect(await codeOf(client.adminConfig.get.query())).toBe('FORBIDDEN');
      expect(
        await codeOf(
          client.adminConfig.saveRules.mutate({
            version: 1,
            caseloadNorm: { target: 25, max: 30 },
            followUpRules: null,
          }),
        ),
      ).toBe('FORBIDDEN');
    }
  });
});
