import { describe, expect, it } from 'vitest';
import { discloseBoard } from './board/disclose';
import type { BoardRows } from './board/rows';
import { boardStory } from './board/story';
import { discloseTimeliness } from './board/timeliness';
import { averageCaseload } from './caseload';
import { reformPeriods } from './compare';
import { formatCell, shareOf } from './disclosure/cell';
import { intervalOf, protectTables, TableSet } from './disclosure/protect';
import { suppress } from './disclosure/suppress';
import { KpiError } from './errors';
import { followUpsOnTime } from './follow-ups';
import { parseKpiInput } from './input';
import { asPercent, formatChange, percentChange, roundHalfAwayFromZero } from './percent-change';
import { periodLabel, yearPeriod } from './period';
import { placedChildren, placedChildrenTrend } from './placements';
import { realisedSavings } from './realised-savings';
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

  it('the board boundary names the row, field and value it refuses (was NaN child-years and averages)', () => {
    const rows: BoardRows = {
      periods: [{ label: '2018', kind: 'year', from: '2018-01-01', to: '2018-12-31' }],
      placed: [],
      mix: [
        {
          label: '2018',
          level: 'total',
          placementType: null,
          group: null,
          days: Number.NaN,
          children: 9,
        },
      ],
      steps: [],
      movement: [],
      caseload: [
        {
          label: '2018',
          team: null,
          caseworkers: 2,
          availableFte: 5e-324,
          children: 9,
          weightedLoad: 9,
          overMax: 0,
        },
      ],
      followUps: [{ label: '2018', due: 3, onTime: 4 }],
      notifications: [],
      spend: [{ year: 2018, account: null, spend: 1e308, budget: -1e308 }],
    };
    const ctx = { ranks: [1, 2], teamNames: new Map(), norms: { target: 25, max: 30, teams: {} } };
    expect(() => discloseBoard(rows, ctx)).toThrow(KpiError);
    let issues: readonly { path: (string | number)[] }[] = [];
    try {
      discloseBoard(rows, ctx);
    } catch (error) {
      issues = (error as KpiError).issues;
    }
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'rows.mix.0.days',
      'rows.caseload.0.availableFte',
      'rows.followUps.0.onTime',
      'rows.spend.0.spend',
      'rows.spend.0.budget',
    ]);
    expect(() => discloseBoard(rows, ctx)).toThrow(
      /rows.mix.0.days: must be a finite number.*\(got NaN\)/,
    );
    expect(() =>
      discloseBoard(
        { ...rows, mix: [], caseload: [], followUps: [], spend: [] },
        { ...ctx, ranks: [Number.NaN] },
      ),
    ).toThrow(/context.ranks.0/);
  });

  it('the story refuses cells that are not counts or shares, and a reform start that is no date', () => {
    const board = {
      municipality: { reformStart: '2017-02-30' },
      periods: [{ label: '2016', kind: 'year' as const }],
      placed: [{ label: '2016', total: { kind: 'value' as const, value: Number.NaN } }],
      mix: [
        {
          label: '2016',
          byGroup: [{ group: 'family', share: { kind: 'value' as const, value: 1.5 } }],
        },
      ],
    };
    expect(() => boardStory(board)).toThrow(/municipality.reformStart/);
    expect(() => boardStory(board)).toThrow(/placed.0.total.value: must be a count/);
    expect(() => boardStory(board)).toThrow(/mix.0.byGroup.0.share.value: must be a share/);
  });

  it('realised savings refuse NaN child-years, rates and investments instead of pricing them as 0', () => {
    const input = {
      years: [
        { year: 2016, childYears: { institution: 10 } },
        { year: 2017, childYears: { institution: Number.NaN } },
      ],
      reformYear: 2017,
      ratePerChildYear: { institution: -100 },
      investment: () => 0,
    };
    expect(() => realisedSavings(input)).toThrow(/years.1.childYears.institution: .*\(got NaN\)/);
    expect(() => realisedSavings(input)).toThrow(/ratePerChildYear.institution: .*\(got -100\)/);
    const valid = { ...input, years: [input.years[0]] as typeof input.years, ratePerChildYear: {} };
    expect(() =>
      realisedSavings({ ...valid, reformYear: 2016, investment: () => Number.POSITIVE_INFINITY }),
    ).toThrow(/investment.2016/);
  });

  it('linked tables refuse sums over entries that do not exist and counts that are not counts', () => {
    const tables = {
      values: [14, 1, 1, 16],
      sums: [{ total: 3, parts: [0, 1, 7] }],
      costs: [0, 0, 0, 1],
    };
    expect(() => protectTables(tables)).toThrow(
      /sums.0.parts.2: must be the index of an entry \(got 7\)/,
    );
    expect(() => intervalOf({ ...tables, sums: [] }, ['value'], 0, 5)).toThrow(
      /status: must have one status per entry/,
    );
    expect(() => new TableSet().table([[3, Number.NaN]])).toThrow(/counts.0.1/);
    expect(() => new TableSet().link(0, [])).toThrow(/total: must be an entry/);
  });

  it('discloseTimeliness refuses a last day that is no date (it decides which years are complete)', () => {
    const row = {
      year: 2025,
      notifications: 40,
      assessedWithin24Hours: 37,
      childAssessmentsConcluded: 0,
      concludedWithinDeadline: 0,
    };
    expect(() => discloseTimeliness([row], '2025-02-30')).toThrow(
      /lastDay: must be a date.*\(got "2025-02-30"\)/,
    );
    expect(discloseTimeliness([row], '2025-12-31')[0]?.complete).toBe(true);
  });
});
