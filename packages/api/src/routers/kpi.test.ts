import { randomUUID } from 'node:crypto';
import {
  children,
  createTestDatabase,
  type DatabaseHandle,
  eq,
  notifications,
  queryRows,
  ruleSets,
  seed,
  sql,
} from '@trappen/db';
import { boardStory } from '@trappen/kpi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../testing/caller-for';
import type { KpiBoard } from './kpi-schemas';

const TODAY = '2024-07-01';
let handle: DatabaseHandle;
let homeId = '';
let otherCode = '';
let board: KpiBoard;

async function callerAs(email: string | null) {
  return (await callerFor(handle.db, email, TODAY)).caller;
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

type Cell = KpiBoard['placed'][number]['total'];
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
    expect(y2018?.total).toEqual({ kind: 'value', value: expect.any(Number) });
    expect(board.savings.years.some((y) => y.projected && y.projected.p10 <= y.projected.p90)).toBe(
      true,
    );
    expect(board.savings.years.some((y) => y.realised !== null)).toBe(true);
  });

  it('publishes no count of 1-4 children, and hides at least two entries of any line with a hidden one', () => {
    const all = counts(board).flat();
    expect(all.some((c) => c.kind === 'suppressed')).toBe(true);
    for (const cell of all) {
      if (cell.kind === 'value') expect(cell.value === 0 || cell.value >= 5).toBe(true);
    }
    for (const line of board.movement.map((m) => [
      m.children,
      m.down,
      m.up,
      m.unchanged,
      m.entered,
      m.exited,
    ])) {
      const hidden = line.filter((c) => c.kind !== 'value').length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });

  it('publishes a flow year as the sum of its quarters whenever they are all published', () => {
    const shownValue = (cell: Cell | undefined) => (cell?.kind === 'value' ? cell.value : null);
    const flows: [string, (label: string) => Cell | undefined][] = [
      ['notifications', (l) => board.notifications.find((n) => n.label === l)?.count],
      ['under 8', (l) => board.notifications.find((n) => n.label === l)?.underEight],
      ['follow-ups due', (l) => board.followUps.find((f) => f.label === l)?.due],
    ];
    let checked = 0;
    for (const year of board.periods.filter((p) => p.kind === 'year')) {
      for (const [name, cellOf] of flows) {
        const quarters = [1, 2, 3, 4].map((q) => shownValue(cellOf(`${year.label}-Q${q}`)));
        if (quarters.some((q) => q === null)) continue;
        const sum = quarters.reduce((a, b) => (a ?? 0) + (b ?? 0), 0);
        expect([name, year.label, shownValue(cellOf(year.label))]).toEqual([name, year.label, sum]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('hides a year of child-years whenever one of its quarters hides a cell', () => {
    const hasHidden = (value: unknown) =>
      /"kind":"(suppressed|hidden)"/.test(JSON.stringify(value));
    const hasVisible = (value: unknown) => JSON.stringify(value).includes('"kind":"value"');
    const years = board.mix.filter((e) => /^\d{4}$/.test(e.label));
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      const quarters = board.mix.filter((e) => e.label.startsWith(`${year.label}-Q`));
      if (quarters.some(hasHidden)) expect(hasVisible(year)).toBe(false);
    }
  });

  it('tells the one-minute story from the charts’ own cells, with a stated baseline', () => {
    const story = boardStory(board);
    const reformYear = Number(board.municipality.reformStart?.slice(0, 4));
    expect(Number(story.baseline)).toBe(reformYear - 1);
    expect(story.latest).toBe(board.periods.filter((p) => p.kind === 'year').at(-1)?.label);
    const cell = (label: string | null) => board.placed.find((p) => p.label === label)?.total;
    expect(story.placed.baseline).toEqual(cell(story.baseline));
    expect(story.placed.latest).toEqual(cell(story.latest));
    // A stock: the year's figure is its fourth quarter's, on the chart and in the story.
    expect(cell(story.latest)).toEqual(cell(`${story.latest}-Q4`));
  });

  it('never claims a realised saving above what the placements would have cost without the reform', () => {
    const years = board.savings.years.filter((y) => y.realised !== null);
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) {
      expect(y.counterfactual).not.toBeNull();
      expect([y.year, (y.realised ?? 0) <= (y.counterfactual ?? 0)]).toEqual([y.year, true]);
    }
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
    // The only dates are the calendar's: period bounds, the reform start, the last day and
    // the day the figures were computed.
    const calendar = new Set([
      ...board.periods.flatMap((p) => [p.from, p.to]),
      board.municipality.reformStart,
      board.lastDay,
      board.computedAt.slice(0, 10),
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

describe('kpi.board computed once per data version', () => {
  const countIn = (b: KpiBoard, label: string) => {
    const cell = b.notifications.find((n) => n.label === label)?.count;
    return cell?.kind === 'value' ? cell.value : null;
  };

  it('answers repeated calls from one computation and says when it was computed', async () => {
    const council = await callerAs('byraad@eksempelby.dk');
    const first = await council.kpi.board({});
    const again = await council.kpi.board({});
    expect(first.upToDate).toBe(true);
    expect(again).toEqual(first);
    expect(Number.isNaN(Date.parse(first.computedAt))).toBe(false);
  });

  it('answers the last board at once after a write, marked not up to date, until the new one is computed', async () => {
    const council = await callerAs('byraad@eksempelby.dk');
    const before = await council.kpi.board({});
    // A quarter whose count is published, well away from the threshold.
    const quarter = before.notifications
      .filter((n) => n.label.startsWith('2023-Q'))
      .sort((a, b) => (countIn(before, b.label) ?? 0) - (countIn(before, a.label) ?? 0))[0]?.label;
    const count = countIn(before, quarter ?? '');
    expect(count).toBeGreaterThanOrEqual(20);
    await handle.db.insert(notifications).values({
      id: randomUUID(),
      municipalityId: homeId,
      receivedOn: `2023-${String(Number(quarter?.slice(-1)) * 3 - 1).padStart(2, '0')}-10`,
      childAge: 4,
      source: 'school',
    });
    const stale = await council.kpi.board({});
    expect(stale.upToDate).toBe(false);
    expect(stale.computedAt).toBe(before.computedAt);
    expect(countIn(stale, quarter ?? '')).toBe(count);
    let fresh = stale;
    for (let tries = 0; tries < 600 && !fresh.upToDate; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      fresh = await council.kpi.board({});
    }
    expect(fresh.upToDate).toBe(true);
    expect(fresh.computedAt >= before.computedAt).toBe(true);
    expect(countIn(fresh, quarter ?? '')).toBe((count ?? 0) + 1);
  }, 120_000);

  it('stores the board it answers with its data version, for a restarted or second server', async () => {
    const latest = await (await callerAs('byraad@eksempelby.dk')).kpi.board({});
    const [stored] = await queryRows<{ current: boolean; computed: string; last_day: string }>(
      handle.db,
      sql`select s.data_version = v.version as current, s.last_day::text as last_day,
        to_char(s.computed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as computed
      from kpi_board_snapshots s join kpi_data_versions v using (municipality_id)
      where s.municipality_id = ${homeId}`,
    );
    expect(stored).toEqual({
      current: true,
      computed: latest.computedAt,
      last_day: latest.lastDay,
    });
  });
});
