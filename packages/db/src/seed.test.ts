import { addDays, seededRandom } from '@trappen/staircase';
import { and, count, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { queryRows } from './query-rows';
import {
  actionPlans,
  cases,
  caseworkers,
  guardians,
  planPublications,
  teams,
  users,
} from './schema/index';
import { type SeedResult, seed } from './seed';
import { generateMunicipality } from './synthetic/generate-municipality';
import { createTestDatabase } from './test-database';

const asOf = '2025-06-30';
let handle: DatabaseHandle;
let result: SeedResult;

beforeAll(async () => {
  handle = await createTestDatabase();
  result = await seed(handle.db, { asOf });
});
afterAll(() => handle?.close());

const openOn = async (day: string) => {
  const [row] = await handle.db
    .select({ n: count() })
    .from(cases)
    .where(and(lte(cases.openedOn, day), or(isNull(cases.closedOn), gte(cases.closedOn, day))));
  return row?.n ?? 0;
};

describe('Eksempelby', () => {
  it('has 15 caseworkers in 3 teams and 375 open cases, 120 of them placements', async () => {
    expect(await handle.db.$count(teams)).toBe(3);
    expect(await handle.db.$count(caseworkers)).toBe(15);
    expect(await handle.db.$count(cases, eq(cases.status, 'open'))).toBe(375);
    expect(
      await handle.db.$count(cases, and(eq(cases.status, 'open'), gte(cases.currentStepRank, 4))),
    ).toBe(120);
  });

  it('had 450 children with measures in the last year (open now or closed within it)', async () => {
    const closedLastYear = await handle.db.$count(cases, gte(cases.closedOn, addDays(asOf, -365)));
    expect(375 + closedLastYear).toBe(450);
  });

  it('shows the caseload falling from about 40 to about 25 per caseworker at the reform', async () => {
    const before = (await openOn('2016-06-30')) / 10;
    const after = (await openOn(asOf)) / 15;
    expect(before).toBeGreaterThan(35);
    expect(before).toBeLessThan(45);
    expect(after).toBe(25);
  });

  it('shifts the placement mix from institutions to family care', async () => {
    const share = async (from: string, to: string) => {
      const rows = await queryRows<{ inst: string; total: string }>(
        handle.db,
        sql`
        select count(*) filter (where code in ('residential-home','residential-institution','secure-institution','acute-placement')) as inst,
               count(*) filter (where code in ('residential-home','residential-institution','secure-institution','acute-placement','foster-family','network-foster-care','youth-flat','boarding-school-placement')) as total
        from interventions where start_date between ${from} and ${to}`,
      );
      return Number(rows[0]?.inst) / Number(rows[0]?.total);
    };
    expect(await share('2015-01-01', '2016-12-31')).toBeGreaterThan(
      await share('2020-01-01', asOf),
    );
  });

  it('moves more children down than up after the reform than before', async () => {
    const ratio = async (from: string, to: string) => {
      const rows = await queryRows<{ down: string; up: string }>(
        handle.db,
        sql`
        select count(*) filter (where outcome = 'stepDown') as down, count(*) filter (where outcome = 'stepUp') as up
        from follow_ups where date between ${from} and ${to}`,
      );
      return Number(rows[0]?.down) / Number(rows[0]?.up);
    };
    expect(await ratio('2017-01-01', asOf)).toBeGreaterThan(
      await ratio('2015-01-01', '2016-12-31'),
    );
  });

  it('creates a demo user for every role, and parents of children with a published plan', async () => {
    expect(new Set(result.demoUsers.map((u) => u.role))).toEqual(
      new Set(['caseworker', 'teamLeader', 'administrator', 'parent', 'councilMember']),
    );
    const parentChildren = async (email: string) => {
      const rows = await handle.db
        .selectDistinct({ childId: guardians.childId })
        .from(guardians)
        .innerJoin(users, eq(users.id, guardians.userId))
        .innerJoin(planPublications, eq(planPublications.childId, guardians.childId))
        .where(eq(users.email, email));
      return rows.length;
    };
    expect(await parentChildren('foraelder@eksempelby.dk')).toBe(1);
    expect(await parentChildren('foraelder2@eksempelby.dk')).toBe(2);
    expect(await handle.db.$count(actionPlans)).toBe(375);
  });
});

describe('the generator', () => {
  const plan = {
    name: 'Test',
    code: '0001',
    inhabitants: 1000,
    openCases: 20,
    placed: 5,
    closedLastYear: 4,
    caseworkersBefore: 2,
    caseworkersAfter: 3,
    volume: 0.05,
    reformStart: '2017-01-01',
    historyStart: '2015-01-01',
    asOf,
  };

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateMunicipality(seededRandom(7), plan);
    const b = generateMunicipality(seededRandom(7), plan);
    const c = generateMunicipality(seededRandom(8), plan);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.children.map((x) => x.id)).not.toEqual(c.children.map((x) => x.id));
  });

  it('never ends an intervention before it starts', () => {
    const rows = generateMunicipality(seededRandom(3), plan);
    for (const item of rows.interventions) {
      if (item.endDate) expect(item.endDate >= item.startDate).toBe(true);
    }
  });
});
