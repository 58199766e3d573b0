import { describe, expect, it } from 'vitest';
import { asPercent } from './percent-change';
import { quarterPeriod, yearPeriod, yearsBetween } from './period';
import {
  DAYS_PER_CHILD_YEAR,
  placedChildren,
  placedChildrenTrend,
  placementMix,
} from './placements';
import { childIds, makeInput } from './test-helpers';

// Four children in 2018:
// A: foster family all year (and on).
// B: residential institution 1 Jan - 30 Jun, then foster family from 1 Jul.
// C: family treatment all year: home-based, not a placement.
// D: network foster care 1-31 Mar, overlapping a residential home 15 Mar - 14 Apr.
const input = makeInput({
  children: [{ id: 'A' }, { id: 'B' }, { id: 'C' }, { id: 'D' }],
  interventions: [
    { id: 'a1', childId: 'A', code: 'foster-family', start: '2018-01-01' },
    {
      id: 'b1',
      childId: 'B',
      code: 'residential-institution',
      start: '2018-01-01',
      end: '2018-06-30',
    },
    { id: 'b2', childId: 'B', code: 'foster-family', start: '2018-07-01' },
    { id: 'c1', childId: 'C', code: 'family-treatment', start: '2018-01-01', end: '2018-12-31' },
    { id: 'd1', childId: 'D', code: 'network-foster-care', start: '2018-03-01', end: '2018-03-31' },
    { id: 'd2', childId: 'D', code: 'residential-home', start: '2018-03-15', end: '2018-04-14' },
  ],
});

describe('placedChildren', () => {
  it('counts children placed on the last day of the period', () => {
    // 31 Dec 2018: A and B in foster families; C is not placed; D's placements ended.
    const r = placedChildren(input, yearPeriod(2018));
    expect(r.value.count).toBe(2);
    expect(r.value.byType.fosterFamily).toBe(2);
    expect(r.value.byGroup).toEqual({ family: 2, independent: 0, institution: 0 });
    expect(r.kpi).toBe('placedChildren');
    expect(r.period).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    expect(r.definition.da).toContain('anbringelse');
    expect(r.source.en).toContain('Interventions');
  });

  it('counts a child with overlapping placements once, on the highest step', () => {
    // 31 Mar 2018: A foster family; B institution; D both network care (step 4) and
    // residential home (step 6): counted once, as residential home. 3 children.
    const v = placedChildren(input, quarterPeriod(2018, 1)).value;
    expect(v.count).toBe(3);
    expect(v.byType.residentialHome).toBe(1);
    expect(v.byType.networkFosterCare).toBe(0);
    expect(v.byGroup).toEqual({ family: 1, independent: 0, institution: 2 });
  });

  it('gives the trend with (new − old) / old, reproducing Faxe: 87 → 131 is +50.6 %', () => {
    // 87 children placed from 2014, 44 more from 2018: 87 at end 2014, 131 at end 2018.
    const ids = childIds(131);
    const faxe = makeInput({
      children: ids.map((id) => ({ id })),
      interventions: ids.map((id, k) => ({
        id: `i-${id}`,
        childId: id,
        code: 'foster-family',
        start: k < 87 ? '2014-01-01' : '2018-06-01',
      })),
    });
    const r = placedChildrenTrend(faxe, yearsBetween(2014, 2018));
    expect(r.value.points.map((p) => p.count)).toEqual([87, 87, 87, 87, 131]);
    expect(r.value.points[0]?.change).toBeNull();
    expect(r.value.points[1]?.change).toBe(0);
    expect(r.period).toEqual({ from: '2014-01-01', to: '2018-12-31' });
    // (131 − 87) / 87 = 44 / 87 = 0.505747… = 50.57 %. Rounded half away from zero to
    // one decimal that is +50.6 %; Faxe's own report says +50.5 %, which is the value
    // truncated, not rounded. We round (and note the difference to the document).
    expect(r.value.change).toBeCloseTo(44 / 87, 12);
    expect(asPercent(r.value.change)).toBe(50.6);
  });
});

describe('placementMix', () => {
  it('measures child-years per type and group over 365 days, each day once', () => {
    // A: 365 days foster family.
    // B: 1 Jan - 30 Jun = 31+28+31+30+31+30 = 181 days institution;
    //    1 Jul - 31 Dec = 31+31+30+31+30+31 = 184 days foster family.
    // D: 1-14 Mar = 14 days network care; 15 Mar - 14 Apr = 17 + 14 = 31 days
    //    residential home (the overlap 15-31 Mar counts once, for the higher step).
    // Total 365 + 181 + 184 + 14 + 31 = 775 days.
    const v = placementMix(input, yearPeriod(2018)).value;
    expect(v.days).toBe(775);
    expect(v.byType.fosterFamily.days).toBe(549);
    expect(v.byType.residentialInstitution.days).toBe(181);
    expect(v.byType.networkFosterCare.days).toBe(14);
    expect(v.byType.residentialHome.days).toBe(31);
    expect(v.byType.fosterFamily.childYears).toBeCloseTo(549 / 365, 12);
    expect(v.childYears).toBeCloseTo(775 / 365, 12);
    // family = 549 + 14 = 563; institution = 181 + 31 = 212; independent 0.
    expect(v.byGroup.family.days).toBe(563);
    expect(v.byGroup.institution.days).toBe(212);
    expect(v.byGroup.independent).toEqual({ days: 0, childYears: 0, share: 0, children: 0 });
    expect(v.byGroup.family.share).toBeCloseTo(563 / 775, 12);
    expect(v.byGroup.institution.share).toBeCloseTo(212 / 775, 12);
    // Distinct children: A, B, D placed; family: A, B, D; institution: B, D.
    expect(v.children).toBe(3);
    expect(v.byGroup.family.children).toBe(3);
    expect(v.byGroup.institution.children).toBe(2);
    expect(v.byType.fosterFamily.children).toBe(2);
    expect(v.byType.fosterFamily.group).toBe('family');
    expect(v.byType.fosterFamily.name.da).toBe('Plejefamilie');
  });

  it('uses 365 days in a leap year too, so quarters add up to the year', () => {
    // One child placed all of 2020 (366 days): 366 / 365 child-years.
    const one = makeInput({
      children: [{ id: 'x' }],
      interventions: [{ id: 'i', childId: 'x', code: 'youth-flat', start: '2019-06-01' }],
    });
    const year = placementMix(one, yearPeriod(2020)).value;
    expect(DAYS_PER_CHILD_YEAR).toBe(365);
    expect(year.childYears).toBeCloseTo(366 / 365, 12);
    expect(year.byGroup.independent.share).toBe(1);
    const quarters = ([1, 2, 3, 4] as const).map(
      (q) => placementMix(one, quarterPeriod(2020, q)).value.days,
    );
    // Q1 2020: 31 + 29 + 31 = 91; Q2 91; Q3 92; Q4 92.
    expect(quarters).toEqual([91, 91, 92, 92]);
  });

  it('has no shares when nobody is placed', () => {
    const v = placementMix(makeInput({ children: [{ id: 'x' }] }), yearPeriod(2018)).value;
    expect(v.days).toBe(0);
    expect(v.share).toBeNull();
    expect(v.byGroup.family.share).toBeNull();
  });
});
