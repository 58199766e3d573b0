import { seededRandom } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { averageCaseload } from '../caseload';
import { followUpsOnTime } from '../follow-ups';
import { groupInput } from '../group';
import { parseKpiInput } from '../input';
import { notifications } from '../notifications';
import { yearPeriod } from '../period';
import { placedChildren, placementMix } from '../placements';
import { spendAgainstBudget } from '../spend';
import { staircaseMovement } from '../steps';
import { GENERATOR_SIZES, generateKpiInput } from './generate';

describe('generateKpiInput', () => {
  it('gives valid input on which every KPI has something to count', () => {
    const input = generateKpiInput({ seed: 1, children: GENERATOR_SIZES.small });
    expect(parseKpiInput(input).children).toHaveLength(60);
    const period = yearPeriod(2018);
    expect(placedChildren(input, period).value.count).toBeGreaterThan(0);
    expect(placementMix(input, period).value.childYears).toBeGreaterThan(0);
    expect(staircaseMovement(input, period).value.children).toBeGreaterThan(0);
    expect(averageCaseload(input, period).value.municipality.children).toBeGreaterThan(0);
    const f = followUpsOnTime(input, period).value;
    expect(f.onTime).toBeGreaterThan(0);
    expect(f.late).toBeGreaterThan(0);
    expect(notifications(input, period).value.count).toBeGreaterThan(0);
    expect(spendAgainstBudget(input, 2018).value.accounts).toHaveLength(4);
    expect(groupInput(input, 'district').map((g) => g.group)).toEqual([
      'comparison',
      'pilot',
      null,
    ]);
  });

  it('is seeded: mulberry32 gives the same sequence for a seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
