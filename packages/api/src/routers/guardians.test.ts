import {
  createTestDatabase,
  type DatabaseHandle,
  eq,
  guardians,
  queryRows,
  seed,
  sql,
  users,
} from '@trappen/db';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cprHash } from '../auth/cpr-hash';
import { establishSession } from '../auth/establish-session';
import { createContext } from '../context';
import { appRouter } from '../root';
import { createCallerFactory } from '../trpc';

const TODAY = '2024-07-01';
const KEY = 'test-cpr-key';
const PARENT = 'foraelder@eksempelby.dk';
const createCaller = createCallerFactory(appRouter);
let handle: DatabaseHandle;

async function sessionOf(email: string) {
  const [row] = await handle.db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  const { token } = await establishSession(handle.db, row.id, 'password');
  return async () =>
    createCaller(
      await createContext({ db: handle.db, sessionToken: token, today: () => TODAY, cprKey: KEY }),
    );
}

async function codeOf(call: Promise<unknown>) {
  try {
    await call;
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seed(handle.db, { municipalities: 2, scale: 0.12, randomSeed: 7, asOf: '2024-06-30' });
}, 60_000);
afterAll(() => handle.close());

describe('custody holders and parent access', () => {
  it('records a parent without custody with no portal access until staff grant it; removal ends it on the next request', async () => {
    const parent = await sessionOf(PARENT);
    const [childId] = (await (await parent()).plans.myChildren()).map((c) => c.childId);
    if (!childId) throw new Error('the demo parent has no child');
    const admin = await (await sessionOf('administrator@eksempelby.dk'))();
    const own = (await admin.guardians.list({ childId })).find((g) => g.hasLogin);
    if (!own) throw new Error('no linked guardian');
    expect(own).toMatchObject({ custody: true, portalAccess: true });

    // Withdraw: the parent's very next request no longer sees the child.
    const withdrawn = await admin.guardians.update({
      id: own.id,
      version: own.version,
      custody: false,
      portalAccess: false,
    });
    expect(await (await parent()).plans.myChildren()).toEqual([]);
    expect(await codeOf((await parent()).plans.parentView({ childId }))).toBe('NOT_FOUND');

    // Grant explicitly to the parent without custody.
    await admin.guardians.update({ id: own.id, version: withdrawn.version, portalAccess: true });
    expect((await (await parent()).plans.myChildren()).map((c) => c.childId)).toEqual([childId]);

    // A stale version: CONFLICT, nothing changed.
    expect(
      await codeOf(admin.guardians.update({ id: own.id, version: withdrawn.version, name: 'X' })),
    ).toBe('CONFLICT');

    const current = (await admin.guardians.list({ childId })).find((g) => g.id === own.id);
    await admin.guardians.remove({ id: own.id, version: current?.version ?? 0 });
    expect(await (await parent()).plans.myChildren()).toEqual([]);
    const audit = await queryRows<{ action: string; criteria: Record<string, unknown> | null }>(
      handle.db,
      sql`select action, criteria from audit_log where entity = 'guardian' and entity_id = ${own.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['update', 'update', 'delete']);
    expect(audit[0]?.criteria).toMatchObject({ custody: false, portalAccess: false });
  });

  it('gives a new custody holder portal access by default and a non-custodial parent none; stores only a keyed CPR hash', async () => {
    const admin = await (await sessionOf('administrator@eksempelby.dk'))();
    const [child] = await queryRows<{ id: string }>(
      handle.db,
      sql`select c.child_id as id from cases c join municipalities m on m.id = c.municipality_id
          where m.name = 'Eksempelby' limit 1`,
    );
    if (!child) throw new Error('no child');
    const mother = await admin.guardians.add({
      childId: child.id,
      name: 'Mona Mor',
      relation: 'mor',
      custody: true,
      cpr: '010203-1234',
    });
    const father = await admin.guardians.add({
      childId: child.id,
      name: 'Frank Far',
      relation: 'far',
      custody: false,
    });
    expect(mother).toMatchObject({ custody: true, portalAccess: true, identified: true });
    expect(father).toMatchObject({ custody: false, portalAccess: false, identified: false });
    const [stored] = await handle.db.select().from(guardians).where(eq(guardians.id, mother.id));
    expect(stored?.cprHash).toBe(cprHash(KEY, '0102031234'));
    const leaks = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where criteria::text like '%0102031234%' or criteria::text like '%010203-1234%'`,
    );
    expect(leaks[0]?.n).toBe(0);
    const bad = await admin.guardians
      .add({ childId: child.id, name: 'X', relation: 'far', custody: true, cpr: '12' })
      .catch((e: TRPCError & { fieldErrors?: Record<string, string[]> }) => e.fieldErrors);
    expect(bad).toEqual({
      cpr: ['CPR-nummeret skal være 10 cifre / The CPR number must be 10 digits'],
    });
  });

  it("refuses another municipality's child and a caseworker outside the child's cases", async () => {
    const [foreign] = await queryRows<{ id: string }>(
      handle.db,
      sql`select c.child_id as id from cases c join municipalities m on m.id = c.municipality_id
          where m.name <> 'Eksempelby' limit 1`,
    );
    const admin = await (await sessionOf('administrator@eksempelby.dk'))();
    expect(await codeOf(admin.guardians.list({ childId: foreign?.id ?? '' }))).toBe('NOT_FOUND');
    expect(
      await codeOf(
        admin.guardians.add({
          childId: foreign?.id ?? '',
          name: 'X',
          relation: 'mor',
          custody: true,
        }),
      ),
    ).toBe('NOT_FOUND');
    const parent = await (await sessionOf(PARENT))();
    expect(await codeOf(parent.guardians.list({ childId: foreign?.id ?? '' }))).toBe('FORBIDDEN');
  });
});
