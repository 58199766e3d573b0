import { and, auditLog, caseAssignments, cases, caseworkers, count, eq, isNull } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from './testing/fixtures';
import {
  AS_OF,
  codeOf,
  errorOf,
  loginAs,
  startTestServer,
  type TestServer,
} from './testing/test-server';

let server: TestServer;
let f: Awaited<ReturnType<typeof fixtures>>;
beforeAll(async () => {
  server = await startTestServer();
  f = await fixtures(server);
});
afterAll(() => server?.close());

const db = () => server.handle.db;
const auditCount = async () => (await db().select({ n: count() }).from(auditLog))[0]?.n ?? 0;
const caseRow = async (id: string) => (await db().select().from(cases).where(eq(cases.id, id)))[0];
const openAssignments = (caseId: string) =>
  db()
    .select()
    .from(caseAssignments)
    .where(and(eq(caseAssignments.caseId, caseId), isNull(caseAssignments.toDate)));

/** An active caseworker in `teamId` other than `exceptId`. */
async function colleague(teamId: string, exceptId: string | null) {
  const rows = await db().select().from(caseworkers).where(eq(caseworkers.teamId, teamId));
  const found = rows.find((c) => c.id !== exceptId && c.endedOn === null);
  if (!found) throw new Error('no colleague in the team');
  return found;
}

describe('cases.reassign', () => {
  it('lets the team leader move a team case to a colleague: case, periods, audit', async () => {
    const target = f.ownCase;
    if (!target?.teamId) throw new Error('no own case');
    const to = await colleague(target.teamId, target.caseworkerId);
    const { client } = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const result = await client.cases.reassign.mutate({
      caseId: target.id,
      caseworkerId: to.id,
      version: target.version,
    });
    expect(result).toMatchObject({
      caseId: target.id,
      version: target.version + 1,
      previousCaseworkerId: target.caseworkerId,
      caseworker: { id: to.id, name: to.name },
    });
    expect((await caseRow(target.id))?.caseworkerId).toBe(to.id);
    const open = await openAssignments(target.id);
    expect(open.map((a) => [a.caseworkerId, a.fromDate])).toEqual([[to.id, AS_OF]]);
    const closed = await db()
      .select()
      .from(caseAssignments)
      .where(
        and(
          eq(caseAssignments.caseId, target.id),
          eq(caseAssignments.caseworkerId, target.caseworkerId ?? ''),
        ),
      );
    expect(closed.every((a) => a.toDate !== null)).toBe(true);
    const detail = await client.cases.get.query({ caseId: target.id });
    expect(detail.caseworker?.id).toBe(to.id);
    const listed = await client.cases.list.query({ scope: 'scope', caseworkerId: to.id });
    expect(listed.items.map((c) => c.caseId)).toContain(target.id);
    expect(listed.items.every((c) => c.caseworker?.id === to.id)).toBe(true);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, 'update')));
    expect(audit?.criteria).toMatchObject({ change: 'reassign', to: to.id });
  });

  it('lets an administrator move a case across teams in the municipality', async () => {
    const target = f.otherTeamCase;
    const toTeam = f.caseworker.teamId;
    if (!target || !toTeam) throw new Error('no other team case');
    const to = await colleague(toTeam, null);
    const { client } = await loginAs(server.url, 'administrator@eksempelby.dk');
    const fresh = await caseRow(target.id);
    const result = await client.cases.reassign.mutate({
      caseId: target.id,
      caseworkerId: to.id,
      version: fresh?.version ?? 0,
    });
    expect(result.teamId).toBe(toTeam);
    expect((await caseRow(target.id))?.teamId).toBe(toTeam);
  });

  it('forbids caseworkers, parents and council members', async () => {
    const target = await caseRow(f.ownCase?.id ?? '');
    for (const email of [
      'sagsbehandler@eksempelby.dk',
      'foraelder@eksempelby.dk',
      'byraad@eksempelby.dk',
    ]) {
      const { client } = await loginAs(server.url, email);
      const call = client.cases.reassign.mutate({
        caseId: target?.id ?? '',
        caseworkerId: f.caseworker2.caseworkerId ?? '',
        version: target?.version ?? 1,
      });
      expect(await codeOf(call)).toBe('FORBIDDEN');
    }
    expect((await caseRow(target?.id ?? ''))?.version).toBe(target?.version);
  });

  it("refuses another team's caseworker for a team leader and writes nothing", async () => {
    const target = await caseRow(f.ownCase?.id ?? '');
    if (!target) throw new Error('no case');
    const { client } = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const audits = await auditCount();
    const error = await errorOf(
      client.cases.reassign.mutate({
        caseId: target.id,
        caseworkerId: f.caseworker2.caseworkerId ?? '',
        version: target.version,
      }),
    );
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.data?.fieldErrors).toHaveProperty('caseworkerId');
    expect(await caseRow(target.id)).toEqual(target);
    expect(await auditCount()).toBe(audits);
  });

  it('answers a stale version with CONFLICT and writes nothing', async () => {
    const target = await caseRow(f.ownCase?.id ?? '');
    if (!target?.teamId) throw new Error('no case');
    const to = await colleague(target.teamId, target.caseworkerId);
    const before = await openAssignments(target.id);
    const { client } = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const audits = await auditCount();
    const call = client.cases.reassign.mutate({
      caseId: target.id,
      caseworkerId: to.id,
      version: target.version - 1,
    });
    expect(await codeOf(call)).toBe('CONFLICT');
    expect(await caseRow(target.id)).toEqual(target);
    expect(await openAssignments(target.id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });
});
