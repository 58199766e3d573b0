import type { BusinessCaseEvaluation } from '@trappen/savings';

/** Gross cost, savings, net and cumulative net of one year in one version (DKK). */
export interface YearFigures {
  gross: number;
  savings: number;
  net: number;
  cumulativeNet: number;
}

/** One year in both versions: `null` where a version does not cover the year. */
export interface YearDifference {
  year: number;
  from: YearFigures | null;
  to: YearFigures | null;
  /** `to` minus `from` (a missing year counts as zero). */
  difference: YearFigures;
  changed: boolean;
}

/** How a line differs between the two versions. */
export type LineChange = 'added' | 'removed' | 'changed' | 'unchanged';

/** One line (matched by budget area and label) in both versions, per compared year. */
export interface LineDifference {
  label: string;
  budgetArea: string;
  change: LineChange;
  from: (number | null)[];
  to: (number | null)[];
  difference: number[];
}

/** Two evaluated versions side by side, as a difference table. */
export interface BusinessCaseComparison {
  years: number[];
  byYear: YearDifference[];
  lines: LineDifference[];
  totals: { from: YearFigures; to: YearFigures; difference: YearFigures };
}

const FIGURES = ['gross', 'savings', 'net', 'cumulativeNet'] as const;
const zero: YearFigures = { gross: 0, savings: 0, net: 0, cumulativeNet: 0 };
const minus = (a: YearFigures | null, b: YearFigures | null): YearFigures => {
  const x = a ?? zero;
  const y = b ?? zero;
  return {
    gross: x.gross - y.gross,
    savings: x.savings - y.savings,
    net: x.net - y.net,
    cumulativeNet: x.cumulativeNet - y.cumulativeNet,
  };
};

const figuresByYear = (evaluation: BusinessCaseEvaluation): Map<number, YearFigures> =>
  new Map(
    evaluation.byYear.map((y) => [
      y.year,
      { gross: y.investment, savings: y.savings, net: y.net, cumulativeNet: y.cumulativeNet },
    ]),
  );

/** Lines keyed by budget area and label; a repeated key gets its occurrence number. */
function keyedLines(evaluation: BusinessCaseEvaluation) {
  const seen = new Map<string, number>();
  return evaluation.lines.map((line) => {
    const base = `${line.budgetArea}\u0000${line.label}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const byYear = new Map(evaluation.years.map((year, i) => [year, line.byYear[i] ?? 0]));
    return { key: `${base}\u0000${n}`, line, byYear };
  });
}

/**
 * Compares two evaluated business case versions year by year (gross cost, savings,
 * net, cumulative net) and line by line, over the union of their years. Lines are
 * matched by budget area and label; a line only in `to` is `added`, only in `from`
 * `removed`.
 */
export function compareEvaluations(
  from: BusinessCaseEvaluation,
  to: BusinessCaseEvaluation,
): BusinessCaseComparison {
  const years = [...new Set([...from.years, ...to.years])].sort((a, b) => a - b);
  const a = figuresByYear(from);
  const b = figuresByYear(to);
  const byYear = years.map((year) => {
    const before = a.get(year) ?? null;
    const after = b.get(year) ?? null;
    const difference = minus(after, before);
    const changed =
      before === null || after === null || FIGURES.some((key) => difference[key] !== 0);
    return { year, from: before, to: after, difference, changed };
  });

  const left = keyedLines(from);
  const right = new Map(keyedLines(to).map((item) => [item.key, item]));
  const lines: LineDifference[] = [];
  const describe = (
    line: { label: string; budgetArea: string },
    before: Map<number, number> | null,
    after: Map<number, number> | null,
  ): LineDifference => {
    const fromValues = years.map((y) => before?.get(y) ?? null);
    const toValues = years.map((y) => after?.get(y) ?? null);
    const difference = years.map((_, i) => (toValues[i] ?? 0) - (fromValues[i] ?? 0));
    const change: LineChange = !before
      ? 'added'
      : !after
        ? 'removed'
        : difference.some((d) => d !== 0) || fromValues.some((v, i) => v !== toValues[i])
          ? 'changed'
          : 'unchanged';
    return {
      label: line.label,
      budgetArea: line.budgetArea,
      change,
      from: fromValues,
      to: toValues,
      difference,
    };
  };
  for (const item of left) {
    const match = right.get(item.key);
    right.delete(item.key);
    lines.push(describe(item.line, item.byYear, match?.byYear ?? null));
  }
  for (const item of right.values()) lines.push(describe(item.line, null, item.byYear));

  const total = (e: BusinessCaseEvaluation): YearFigures => ({
    gross: e.totals.investment,
    savings: e.totals.savings,
    net: e.totals.net,
    cumulativeNet: e.byYear.at(-1)?.cumulativeNet ?? 0,
  });
  const totalFrom = total(from);
  const totalTo = total(to);
  return {
    years,
    byYear,
    lines,
    totals: { from: totalFrom, to: totalTo, difference: minus(totalTo, totalFrom) },
  };
}
