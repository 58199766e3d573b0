import { describe, expect, it } from 'vitest';
import { averageCaseload } from './caseload';
import { beforeAfter, reformPeriods } from './compare';
import { KpiError } from './errors';
import { groupInput } from './group';
import { parseKpiInput } from './input';
import { notifications } from './notifications';
import { yearPeriod } from './period';
import { placedChildren } from './placements';
import { spendAgainstBudget } from './spend';
import { childIds, makeInput } from './test-helpers';

describe('averageCaseload', () => {
  it('is children per available full-time caseworker on the last day, against the norm', () => {
    // north: anna (1 FTE) has 30 children, bo (0.5 FTE) 10 → 40 / 1.5 = 26.67 (over target 25).
    // south: cy (1 FTE) 20 children, on leave 31 Dec → no capacity.
    // Municipality: 60 children / 1.5 available FTE = 40 (over max 30).
    const ids = childIds(60);
    const worker = (k: number): string => (k < 30 ? 'anna' : k < 40 ? 'bo' : 'cy');
    const input = makeInput({
      caseworkers: [
        { id: 'anna', team: 'north', fte: 1 },
        { id: 'bo', team: 'north', fte: 0.5 },
        { id: 'cy', team: 'south', fte: 1, leave: [{ from: '2018-12-01', to: '2019-01-31' }] },
      ],
      children: ids.map((id) => ({ id })),
      cases: ids.map((id) => ({ id: `case-${id}`, childId: id, opened: '2018-01-01' })),
      assignments: ids.map((id, k) => ({
        childId: id,
        caseworkerId: worker(k),
        from: '2018-01-01',
      })),
    });
    const v = averageCaseload(input, yearPeriod(2018)).value;
    expect(v.municipality.averagePerFte).toBeCloseTo(40, 12);
    expect(v.municipality.status).toBe('overMax');
    expect(v.municipality).toMatchObject({
      team: null,
      target: 25,
      max: 30,
      children: 60,
      caseworkers: 3,
    });
    // anna: 30 per FTE (≤ max 30: overTarget); bo: 10 / 0.5 = 20 (under): none over max.
    expect(v.municipality.overMax).toBe(0);
    expect(v.teams.map((t) => [t.team, t.averagePerFte, t.status])).toEqual([
      ['north', 40 / 1.5, 'overTarget'],
      ['south', null, null],
    ]);
    const strict = averageCaseload(input, yearPeriod(2018), {
      municipality: { target: 20, max: 25 },
    });
    expect(strict.value.municipality.overMax).toBe(1); // anna: 30 > 25
  });

  it('weighs placed children by the norm and reports the weighted load beside the head count', () => {
    const ids = childIds(20);
    const input = makeInput({
      caseworkers: [{ id: 'anna', team: 'north', fte: 1 }],
      children: ids.map((id) => ({ id })),
      cases: ids.map((id) => ({ id: `case-${id}`, childId: id, opened: '2018-01-01' })),
      assignments: ids.map((id) => ({ childId: id, caseworkerId: 'anna', from: '2018-01-01' })),
      // Four of the twenty children are in foster care on 31 December.
      interventions: ids.slice(0, 4).map((id) => ({
        id: `i-${id}`,
        childId: id,
        code: 'foster-family',
        start: '2018-06-01',
      })),
    });
    const norms = { municipality: { target: 20, max: 21, weights: { placement: 2 } } };
    const v = averageCaseload(input, yearPeriod(2018), norms).value.municipality;
    // 16 × 1 + 4 × 2 = 24 weighted children over 1 FTE: above the max 21 though 20 heads are not.
    expect(v).toMatchObject({ children: 20, weightedLoad: 24, averagePerFte: 24, overMax: 1 });
    const unweighted = averageCaseload(input, yearPeriod(2018)).value.municipality;
    expect(unweighted).toMatchObject({ children: 20, weightedLoad: 20, averagePerFte: 20 });
  });
});

describe('notifications', () => {
  it('counts notifications received in the period and the share under 8', () => {
    // 2018: ages 2, 7, 8, 15 → under 8: 2 of 4 = 0.5. The 2017 one is outside.
    const input = makeInput({
      notifications: [
        { id: 'n1', received: '2018-01-01', ageAtReceipt: 2, source: 'health' },
        { id: 'n2', received: '2018-05-01', ageAtReceipt: 7, source: 'school' },
        { id: 'n3', received: '2018-09-01', ageAtReceipt: 8, source: 'school' },
        { id: 'n4', received: '2018-12-31', ageAtReceipt: 15, source: 'police' },
        { id: 'n5', received: '2017-12-31', ageAtReceipt: 1, source: 'health' },
      ],
    });
    expect(notifications(input, yearPeriod(2018)).value).toEqual({
      count: 4,
      underEight: 2,
      underEightShare: 0.5,
      bySource: [
        { source: 'health', count: 1 },
        { source: 'police', count: 1 },
        { source: 'school', count: 2 },
      ],
    });
    expect(notifications(input, yearPeriod(2016)).value.underEightShare).toBeNull();
  });
});

describe('spendAgainstBudget', () => {
  it('sums spend and budget per account and year', () => {
    // SO16: spend 300 + 120 = 420, budget 400 → +20, 1.05 used.
    // SO20: spend 90, no budget. SO99: budget 0, no spend.
    // Total: spend 510, budget 400 → +110.
    const input = makeInput({
      spend: [
        { account: 'SO16', year: 2018, amount: 300 },
        { account: 'SO16', year: 2018, amount: 120 },
        { account: 'SO20', year: 2018, amount: 90 },
        { account: 'SO16', year: 2017, amount: 999 },
      ],
      budget: [
        { account: 'SO16', year: 2018, amount: 400 },
        { account: 'SO99', year: 2018, amount: 0 },
      ],
    });
    const r = spendAgainstBudget(input, 2018);
    expect(r.period).toEqual(yearPeriod(2018));
    expect(r.value.accounts).toEqual([
      { account: 'SO16', spend: 420, budget: 400, difference: 20, usedShare: 1.05 },
      { account: 'SO20', spend: 90, budget: null, difference: null, usedShare: null },
      { account: 'SO99', spend: 0, budget: 0, difference: 0, usedShare: null },
    ]);
    expect(r.value.total).toEqual({
      account: null,
      spend: 510,
      budget: 400,
      difference: 110,
      usedShare: 1.275,
    });
  });
});

describe('before/after the reform', () => {
  it('builds equal periods on either side of the start', () => {
    expect(reformPeriods('2016-01-01', 24)).toEqual({
      before: { from: '2014-01-01', to: '2015-12-31' },
      after: { from: '2016-01-01', to: '2017-12-31' },
    });
    expect(() => reformPeriods('2016-01-01', 0)).toThrow(RangeError);
  });

  it('compares a KPI before and after', () => {
    // 10 children placed from 2014; 4 of them leave placement at the end of 2015.
    // End of 2015: 10 placed; end of 2016: 6 → (6 − 10) / 10 = −0.4.
    const ids = childIds(10);
    const input = makeInput({
      children: ids.map((id) => ({ id })),
      interventions: ids.map((id, k) => ({
        id: `i-${id}`,
        childId: id,
        code: 'residential-home',
        start: '2014-01-01',
        end: k < 4 ? '2015-12-31' : null,
      })),
    });
    const c = beforeAfter('2016-01-01', 12, (p) => placedChildren(input, p).value.count);
    expect(c.before.value).toBe(10);
    expect(c.after.value).toBe(6);
    expect(c.change).toBeCloseTo(-0.4, 12);
    expect(c.difference).toBe(-4);
  });
});

describe('groupInput', () => {
  it('splits children and their rows by district, unknown last', () => {
    const input = makeInput({
      children: [{ id: 'a', district: 'pilot' }, { id: 'b', district: 'comparison' }, { id: 'c' }],
      interventions: [
        { id: 'ia', childId: 'a', code: 'foster-family', start: '2018-01-01' },
        { id: 'ib', childId: 'b', code: 'foster-family', start: '2018-01-01' },
      ],
      followUps: [{ interventionId: 'ia', date: '2018-03-01' }],
      notifications: [
        { id: 'n1', received: '2018-02-01', ageAtReceipt: 3, source: 'school', childId: 'a' },
        {
          id: 'n2',
          received: '2018-02-01',
          ageAtReceipt: 3,
          source: 'school',
          district: 'comparison',
        },
      ],
    });
    const groups = groupInput(input, 'district');
    expect(groups.map((g) => g.group)).toEqual(['comparison', 'pilot', null]);
    const pilot = groups[1]?.input;
    expect(pilot?.children.map((c) => c.id)).toEqual(['a']);
    expect(pilot?.followUps).toHaveLength(1);
    expect(groups[0]?.input.notifications?.map((n) => n.id)).toEqual(['n2']);
    expect(groups.map((g) => placedChildren(g.input, yearPeriod(2018)).value.count)).toEqual([
      1, 1, 0,
    ]);
  });
});

describe('parseKpiInput', () => {
  it('accepts valid input', () => {
    const raw = {
      caseworkers: [{ id: 'cw', team: 't', fte: 1 }],
      children: [{ id: 'a', district: 'pilot' }],
      cases: [{ id: 'k', childId: 'a', opened: '2018-01-01' }],
      assignments: [{ childId: 'a', caseworkerId: 'cw', from: '2018-01-01' }],
      interventions: [{ id: 'i', childId: 'a', code: 'foster-family', start: '2018-01-01' }],
      notifications: [{ id: 'n', received: '2018-01-01', ageAtReceipt: 4, source: 'school' }],
    };
    expect(parseKpiInput(raw).children[0]?.district).toBe('pilot');
  });

  it('reports every problem at once', () => {
    const raw = {
      caseworkers: [],
      children: [{ id: 'a' }, { id: 'a' }],
      cases: [{ id: 'k', childId: 'ghost', opened: '2018-01-01' }],
      assignments: [],
      interventions: [],
      notifications: [
        { id: 'n', received: '2018-01-01', ageAtReceipt: 4, source: 'x', childId: 'nobody' },
      ],
    };
    try {
      parseKpiInput(raw);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KpiError);
      expect((error as KpiError).issues.map((i) => i.path.join('.'))).toEqual([
        'children.1.id',
        'cases.0.childId',
        'notifications.0.childId',
      ]);
    }
    expect(() =>
      parseKpiInput({ children: [{ id: 'a' }], notifications: [{ received: '2018-02-30' }] }),
    ).toThrow(KpiError);
  });
});
