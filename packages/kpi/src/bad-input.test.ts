import { describe, expect, it } from 'vitest';
import { averageCaseload } from './caseload';
import { reformPeriods } from './compare';
import { formatCell, shareOf, suppressCount } from './disclosure/cell';
import { suppress } from './disclosure/suppress';
import { KpiError } from './errors';
import { followUpsOnTime } from './follow-ups';
import { parseKpiInput } from './input';
import { asPercent, formatChange, percentChange, roundHalfAwayFromZero } from './percent-change';
import { periodLabel, yearPeriod } from './period';
import { placedChildren, placedChildrenTrend } from './placements';
import { spendAgainstBudget } from './spend';
import { makeInput } from './test-helpers';

describe('input that used to give NaN, a negative count or a plain RangeError', () => {
  it('suppressCount refuses counts that are not counts (was { value: -3 })', () => {
    expect(() => suppressCount(-3)).toThrow(KpiError);
    expect(() => suppressCount(-3)).toThrow(/count: must be a count.*\(got -3\)/);
    expect(() => suppressCount(Number.NaN)).toThrow(/\(got NaN\)/);
    expect(() => suppressCount(2.5)).toThrow(KpiError);
    expect(() => shareOf({ value: -1 }, { value: 10 })).toThrow(/numerator.value/);
    expect(() => formatCell({ value: Number.POSITIVE_INFINITY })).toThrow(KpiError);
  });

  it('percentChange, asPercent and formatChange refuse NaN (was NaN and "NaN %")', () => {
    expect(() => percentChange(Number.NaN, 5)).toThrow(/oldValue: must be a finite number/);
    expect(() => percentChange(5e-324, 5)).toThrow(KpiError);
    expect(() => asPercent(Number.NaN)).toThrow(KpiError);
    expect(() => formatChange(Number.NaN)).toThrow(KpiError);
    expect(formatChange(null)).toBe('–');
    expect(() => roundHalfAwayFromZero(1.5, 0.5)).toThrow(/decimals/);
    expect(roundHalfAwayFromZero(1e300, 2)).toBe(1e300);
  });

  it('the functions that threw a plain RangeError throw a KpiError naming the field', () => {
    expect(() => reformPeriods('2016-01-01', 0)).toThrow(KpiError);
    expect(() => reformPeriods('2016-01-01', 0)).toThrow(/months: must be a whole number/);
    expect(() => placedChildrenTrend(makeInput(), [])).toThrow(/periods: needs at least one/);
    expect(() => suppressCount(3, { threshold: 0 })).toThrow(/threshold: /);
  });

  it('a count table whose counts overflow is refused, not totalled to Infinity', () => {
    const table = { rows: ['a'], columns: ['x', 'y'], counts: [[2 ** 53 - 1, 2 ** 53 - 1]] };
    expect(() => suppress(table)).toThrow(KpiError);
    expect(() => suppress({ ...table, counts: [[1e308, 0]] })).toThrow(/counts.0.0/);
  });

  it('a KPI over unparsed input parses it first: bad rows are a KpiError, never NaN', () => {
    const spend = [{ account: 'SO16', year: 2018, amount: Number.NaN }];
    expect(() => spendAgainstBudget(makeInput({ spend }), 2018)).toThrow(/spend.0.amount/);
    const huge = [1, 2].map(() => ({ account: 'SO16', year: 2018, amount: 1e308 }));
    expect(() => spendAgainstBudget(makeInput({ spend: huge }), 2018)).toThrow(KpiError);
    const unknownCode = makeInput({
      children: [{ id: 'c1' }],
      interventions: [{ id: 'i1', childId: 'c1', code: 'attic', start: '2018-01-01' }],
    });
    expect(() => placedChildren(unknownCode, yearPeriod(2018))).toThrow(KpiError);
    expect(() => parseKpiInput(unknownCode)).toThrow(/1 problem\(s\)\ninterventions.0.code/);
  });

  it('norms and rules from @trappen/caseload are reported as a KpiError too', () => {
    expect(() =>
      averageCaseload(makeInput(), yearPeriod(2018), { municipality: { target: Number.NaN } }),
    ).toThrow(KpiError);
    expect(() =>
      followUpsOnTime(makeInput(), yearPeriod(2018), {
        version: '1',
        rules: [{ kind: 'weekly' }],
      } as never),
    ).toThrow(/rules.rules.0/);
  });

  it('periodLabel refuses an impossible period instead of printing it', () => {
    expect(() => periodLabel({ from: '2024-02-30', to: '2024-06-30' })).toThrow(KpiError);
  });
});
