import {
  children,
  createTestDatabase,
  type DatabaseHandle,
  eq,
  queryRows,
  ruleSets,
  seed,
  sql,
  users,
} from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session-user';
import { createContext } from '../context';
import { appRouter } from '../root';
import { createCallerFactory } from '../trpc';
import type { KpiBoard } from './kpi-schemas';

const TODAY = '2024-07-01';
let handle: DatabaseHandle;
let homeId = '';
let otherCode = '';
let board: KpiBoard;

async function callerAs(email: string | null) {
  const ctx = await createContext({ db: handle.db, today: () => TODAY });
  if (!email) return createCallerFactory(appRouter)(ctx);
  const [row] = await handle.db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  const guardianOf = await queryRows<{ child_id: string }>(
    handle.db,
    sql`select child_id::text from guardians where user_id = ${row.id}`,
  );
  const user: SessionUser = {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    municipalityId: row.municipalityId,
    municipalityName: 'Eksempelby',
    teamId: row.teamId,
    caseworkerId: row.caseworkerId,
    guardianOf: guardianOf.map((g) => g.child_id),
  };
  return createCallerFactory(appRouter)({ ...ctx, user });
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const seeded = await seed(handle.db, {
    municipalities: 2,
    scale: 0.3,
    randomSeed: 5,
    asOf: '2024-06-30',
  });
  homeId = seeded.municipalities[0]?.id ?? '';
  otherCode = seeded.municipalities[1]?.code ?? '';
  board = await (await callerAs('byraad@eksempelby.dk')).kpi.board({});
}, 300_000);
afterAll(() => handle?.close());

type Cell = { value: number | null } | { suppressed: true };
const counts = (b: KpiBoard): Cell[][] => [
  ...b.placed.flatMap((p) => [
    [p.total, ...Object.values(p.byGroup)],
    ...p.byTeam.map((t) => [t.total, ...Object.values(t.byGroup)]),
  ]),
  ...b.stepDistribution.map((s) => [s.onStep, ...s.steps.map((x) => x.children)]),
  ...b.movement.map((m) => [m.children, m.down, m.up, m.unchanged, m.entered, m.exited]),
  ...b.followUps.map((f) => [f.due, f.onTime, f.late]),
  ...b.notifications.map((n) => [n.count, n.underEight, ...n.bySource.map((s) => s.count)]),
  ...b.caseload.map((c) => [c.municipality.children, ...c.teams.map((t) => t.children)]),
];

describe('kpi.board', () => {
  it('gives the council member the municipality’s figures per year and quarter', () => {
    expect(board.municipality.name).toBe('Eksempelby');
    expect(board.periods.some((p) => p.kind === 'year' && p.label === '2018')).toBe(true);
    expect(board.periods.some((p) => p.label === '2024-Q2')).toBe(true);
    const y2018 = board.placed.find((p) => p.label === '2018');
    expect(y2018?.total).toEqual({ value: expect.any(Number) });
    expect(board.savings.years.some((y) => y.projected && y.projected.p10 <= y.projected.p90)).toBe(
      true,
    );
    expect(board.savings.years.some((y) => y.realised !== null)).toBe(true);
  });

  it('publishes no count of 1-4 children, and hides at least two entries of any line with a hidden one', () => {
    const all = counts(board).flat();
    expect(all.some((c) => 'suppressed' in c)).toBe(true);
    for (const cell of all) {
      if ('value' in cell && cell.value !== null)
        expect(cell.value === 0 || cell.value >= 5).toBe(true);
    }
    for (const line of board.movement.map((m) => [
      m.children,
      m.down,
      m.up,
      m.unchanged,
      m.entered,
      m.exited,
    ])) {
      const hidden = line.filter((c) => 'suppressed' in c).length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });

  it('hides a year of an additive figure whenever one of its quarters hides a cell', () => {
    const hasHidden = (value: unknown) => JSON.stringify(value).includes('"suppressed":true');
    const hasVisible = (value: unknown) => /"value":\d/.test(JSON.stringify(value));
    let protectedYears = 0;
    for (const series of [board.followUps, board.notifications, board.mix]) {
      for (const year of series.filter((e) => /^\d{4}$/.test(e.label))) {
        const quarters = series.filter((e) => e.label.startsWith(`${year.label}-Q`));
        if (quarters.some(hasHidden)) {
          expect(hasVisible(year)).toBe(false);
          protectedYears += 1;
        }
      }
    }
    expect(protectedYears).toBeGreaterThan(0);
  });

  it('contains no child ids, names, references or birth dates', async () => {
    const json = JSON.stringify(board);
    expect(json).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    const rows = await handle.db.select().from(children).where(eq(children.municipalityId, homeId));
    expect(rows.length).toBeGreaterThan(50);
    for (const child of rows) {
      for (const secret of [child.id, child.name, child.reference]) {
        expect(json.includes(`"${secret}"`), secret).toBe(false);
      }
    }
    // The only dates are the calendar's: period bounds, the reform start and the last day.
    const calendar = new Set([
      ...board.periods.flatMap((p) => [p.from, p.to]),
      board.municipality.reformStart,
      board.lastDay,
    ]);
    for (const date of json.match(/\d{4}-\d{2}-\d{2}/g) ?? [])
      expect(calendar.has(date), date).toBe(true);
  });

  it('is open to staff of the municipality, forbidden to parents, refused to anonymous callers', async () => {
    expect(
      (await (await callerAs('sagsbehandler@eksempelby.dk')).kpi.board({})).municipality.name,
    ).toBe('Eksempelby');
    expect(await codeOf((await callerAs('foraelder@eksempelby.dk')).kpi.board({}))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf((await callerAs(null)).kpi.board({}))).toBe('UNAUTHORIZED');
    expect(await codeOf((await callerAs(null)).kpi.board({ municipalityCode: otherCode }))).toBe(
      'UNAUTHORIZED',
    );
    const council = await callerAs('byraad@eksempelby.dk');
    expect(await codeOf(council.kpi.board({ municipalityCode: otherCode }))).toBe('NOT_FOUND');
  });

  it('is open to anyone for a municipality whose board is public', async () => {
    const [other] = await queryRows<{ id: string }>(
      handle.db,
      sql`select id::text from municipalities where code = ${otherCode}`,
    );
    await handle.db
      .update(ruleSets)
      .set({ rules: { board: { public: true } } })
      .where(eq(ruleSets.municipalityId, other?.id ?? ''));
    const open = await (await callerAs(null)).kpi.board({ municipalityCode: otherCode });
    expect(open.municipality.isPublic).toBe(true);
    expect(open.municipality.code).toBe(otherCode);
    const parent = await callerAs('foraelder@eksempelby.dk');
    expect((await parent.kpi.board({ municipalityCode: otherCode })).municipality.code).toBe(
      otherCode,
    );
  });
});
