import {
  createTestDatabase,
  type DatabaseHandle,
  eq,
  queryRows,
  seed,
  sql,
  users,
} from '@trappen/db';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { establishSession } from '../auth/establish-session';
import { createContext } from '../context';
import { appRouter } from '../root';
import { createCallerFactory } from '../trpc';

const TODAY = '2024-07-01';
const ADMIN = 'administrator@eksempelby.dk';
const LEADER = 'teamleder@eksempelby.dk';
const createCaller = createCallerFactory(appRouter);
let handle: DatabaseHandle;

/** A caller with a real session cookie, resolved on every call like an HTTP request. */
async function sessionOf(email: string) {
  const [row] = await handle.db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  const { token } = await establishSession(handle.db, row.id, 'password');
  const caller = async () =>
    createCaller(await createContext({ db: handle.db, sessionToken: token, today: () => TODAY }));
  return { caller, userId: row.id };
}

async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError)
      return error as TRPCError & { fieldErrors?: Record<string, string[]> };
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function auditRows(entityId: string) {
  return queryRows<{ action: string; entity: string; criteria: unknown }>(
    handle.db,
    sql`select action, entity, criteria from audit_log where entity_id = ${entityId} order by id`,
  );
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seed(handle.db, { municipalities: 2, scale: 0.12, randomSeed: 7, asOf: '2024-06-30' });
}, 60_000);
afterAll(() => handle.close());

describe('staff administration', () => {
  it('creates a caseworker with team, FTE and leave, audited, and lists them', async () => {
    const admin = await (await sessionOf(ADMIN)).caller();
    const [team] = await admin.teams.list();
    const created = await admin.staff.create({
      name: 'Ny Sagsbehandler',
      email: 'Ny.Sagsbehandler@Eksempelby.dk',
      role: 'caseworker',
      teamId: team?.id ?? null,
      fte: 0.8,
      leaveFrom: '2024-08-01',
      leaveTo: '2024-08-31',
    });
    expect(created).toMatchObject({
      email: 'ny.sagsbehandler@eksempelby.dk',
      role: 'caseworker',
      teamId: team?.id,
      fte: 0.8,
      leaveFrom: '2024-08-01',
      leaveTo: '2024-08-31',
      active: true,
      version: 1,
    });
    expect(created.caseworkerId).not.toBeNull();
    expect((await admin.staff.list()).map((s) => s.id)).toContain(created.id);
    expect(await auditRows(created.id)).toEqual([
      { action: 'create', entity: 'staff', criteria: { role: 'caseworker' } },
    ]);
  });

  it('refuses a taken e-mail and a caseworker without a team, in Danish and English, writing nothing', async () => {
    const admin = await (await sessionOf(ADMIN)).caller();
    const before = await admin.staff.list();
    const taken = await failure(
      admin.staff.create({ name: 'Dublet', email: LEADER, role: 'administrator' }),
    );
    expect(taken.code).toBe('BAD_REQUEST');
    expect(taken.fieldErrors?.email?.[0]).toBe(
      `Der findes allerede en bruger med e-mailen ${LEADER} / There is already a user with the e-mail ${LEADER}`,
    );
    const noTeam = await failure(
      admin.staff.create({ name: 'Uden team', email: 'uden@eksempelby.dk', role: 'caseworker' }),
    );
    expect(noTeam.fieldErrors?.teamId).toEqual(['Rollen kræver et team / This role needs a team']);
    const badFte = await failure(
      admin.staff.create({ name: 'X', email: 'x@eksempelby.dk', role: 'caseworker', fte: 1.5 }),
    );
    expect(badFte.code).toBe('BAD_REQUEST');
    const control = await failure(
      admin.staff.create({ name: 'Ny\r\nlinje', email: 'y@eksempelby.dk', role: 'administrator' }),
    );
    expect(control.code).toBe('BAD_REQUEST');
    expect(await admin.staff.list()).toHaveLength(before.length);
  });

  it('gives CONFLICT to the second of two administrators editing the same account', async () => {
    const admin = await (await sessionOf(ADMIN)).caller();
    const target = (await admin.staff.list()).find((s) => s.email === LEADER);
    if (!target) throw new Error('no leader');
    const first = await admin.staff.update({ id: target.id, version: target.version, name: 'Lea' });
    expect(first.version).toBe(target.version + 1);
    const second = await failure(
      admin.staff.update({ id: target.id, version: target.version, name: 'Lis' }),
    );
    expect(second.code).toBe('CONFLICT');
    const [row] = await handle.db.select().from(users).where(eq(users.id, target.id));
    expect(row?.displayName).toBe('Lea');
  });

  it('lets a team leader change FTE and leave in their own team, and nothing else', async () => {
    const leader = await (await sessionOf(LEADER)).caller();
    const mine = await leader.staff.list();
    const member = mine.find((s) => s.role === 'caseworker' && s.caseworkerId);
    if (!member) throw new Error('no member');
    expect(mine.every((s) => s.teamId === member.teamId)).toBe(true);
    const updated = await leader.staff.update({
      id: member.id,
      version: member.version,
      fte: 0.5,
    });
    expect(updated.fte).toBe(0.5);
    const rename = await failure(
      leader.staff.update({ id: member.id, version: updated.version, role: 'administrator' }),
    );
    expect(rename.code).toBe('FORBIDDEN');
    const admin = await (await sessionOf(ADMIN)).caller();
    const outsider = (await admin.staff.list()).find(
      (s) => s.teamId !== null && s.teamId !== member.teamId,
    );
    if (!outsider) throw new Error('no outsider');
    const other = await failure(
      leader.staff.update({ id: outsider.id, version: outsider.version, fte: 0.5 }),
    );
    expect(other.code).toBe('NOT_FOUND');
  });

  it('deactivates a leaver: their session is refused on the next request and their open cases are listed', async () => {
    const leaver = await sessionOf('sagsbehandler@eksempelby.dk');
    expect((await (await leaver.caller()).auth.me()).email).toBe('sagsbehandler@eksempelby.dk');
    const admin = await (await sessionOf(ADMIN)).caller();
    const target = (await admin.staff.list()).find((s) => s.id === leaver.userId);
    if (!target?.caseworkerId) throw new Error('no caseworker');
    const [open] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from cases where caseworker_id = ${target.caseworkerId} and status = 'open'`,
    );
    const result = await admin.staff.deactivate({ id: target.id, version: target.version });
    expect(result.openCases).toHaveLength(open?.n ?? -1);
    expect(result.openCases.length).toBeGreaterThan(0);
    expect((await failure((await leaver.caller()).auth.me())).code).toBe('UNAUTHORIZED');
    expect((await admin.staff.list()).find((s) => s.id === target.id)?.active).toBe(false);
    expect((await auditRows(target.id)).at(-1)).toMatchObject({
      action: 'update',
      criteria: { deactivated: true, openCases: result.openCases.length },
    });
  });

  it('turns local passwords off for the municipality only', async () => {
    const admin = await (await sessionOf(ADMIN)).caller();
    expect(await admin.staff.setPasswordLogin({ enabled: false })).toEqual({
      passwordLogin: false,
    });
    const anonymous = createCaller(await createContext({ db: handle.db }));
    const refused = await failure(
      anonymous.auth.login({ email: 'byraad@eksempelby.dk', password: 'trappen-demo' }),
    );
    expect(refused.code).toBe('UNAUTHORIZED');
    const elsewhere = await anonymous.auth.login({
      email: 'administrator@nordby.dk',
      password: 'trappen-demo',
    });
    expect(elsewhere.user.role).toBe('administrator');
    await admin.staff.setPasswordLogin({ enabled: true });
    const back = await anonymous.auth.login({
      email: 'byraad@eksempelby.dk',
      password: 'trappen-demo',
    });
    expect(back.user.role).toBe('councilMember');
  });
});

describe('teams', () => {
  it('creates, renames and retires a team; a stale version gets CONFLICT; a busy team cannot retire', async () => {
    const admin = await (await sessionOf(ADMIN)).caller();
    const { id } = await admin.teams.create({ name: 'Prøveteam Syd' });
    const duplicate = await failure(admin.teams.create({ name: 'prøveteam syd' }));
    expect(duplicate.fieldErrors?.name?.[0]).toMatch(/^Der findes allerede et team/);
    await admin.teams.rename({ id, version: 1, name: 'Prøveteam Sydvest' });
    expect((await failure(admin.teams.rename({ id, version: 1, name: 'Gammel' }))).code).toBe(
      'CONFLICT',
    );
    await admin.teams.retire({ id, version: 2 });
    const retired = (await admin.teams.list()).find((t) => t.id === id);
    expect(retired).toMatchObject({ name: 'Prøveteam Sydvest', retired: true, version: 3 });
    const busy = (await admin.teams.list()).find((t) => !t.retired && t.members > 0);
    if (!busy) throw new Error('no busy team');
    const refused = await failure(admin.teams.retire({ id: busy.id, version: busy.version }));
    expect(refused.fieldErrors?.id?.[0]).toMatch(/flyt dem først \/ .*move them first$/);
    expect((await auditRows(id)).map((r) => r.action)).toEqual(['create', 'update', 'update']);
  });
});
