import { describe, expect, it } from 'vitest';
import { averageCaseload } from './caseload';
import { reformPeriods } from './compare';
import { formatCell, shareOf } from './disclosure/cell';
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
  it('suppress refuses counts that are not counts (was a published { value: -3 })', () => {
    const table = (count: number) => ({
      rows: ['Syd'],
      columns: ['family', 'institution'],
      counts: [[12, count]],
    });
    expect(() => suppress(table(-3))).toThrow(KpiError);
    expect(() => suppress(table(-3))).toThrow(/counts.0.1: must be a whole number.*\(got -3\)/);
    expect(() => suppress(table(Number.NaN))).toThrow(/\(got NaN\)/);
    expect(() => suppress(table(2.5))).toThrow(KpiError);
  });

  it('shareOf and formatCell on disclosed cells never show NaN or Infinity', () => {
    const published = suppress({
      rows: ['Syd'],
      columns: ['family', 'institution'],
      counts: [[12, 0]],
    });
    const [family, institution] = published.cells[0] ?? [];
    if (!family || !institution) throw new Error('two cells expected');
    expect(shareOf(family, published.total)).toEqual({ kind: 'value', value: 1 });
    // A share of a total of 0 is no share, not NaN.
    expect(shareOf(institution, institution)).toEqual({ kind: 'value', value: null });
    const forged = { kind: 'value', value: Number.POSITIVE_INFINITY } as unknown as typeof family;
    expect(() => formatCell(forged)).toThrow(KpiError);
    expect(() => shareOf({ ...family, value: -1 } as typeof family, published.total)).toThrow(
      /numerator.value/,
    );
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
    const oneCell = { rows: ['Syd'], columns: ['family'], counts: [[3]] };
    expect(() => suppress(oneCell, { threshold: 0 })).toThrow(/threshold: /);
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
