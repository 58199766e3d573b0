import type { BusinessCaseEvaluation } from '@trappen/savings';
import { formatNumber } from '../format-number';
import { formatTable } from '../format-table';
import type { Language } from '../language';

const words = {
  da: {
    unitThousands: '1.000 kr. (+ udgift, - besparelse)',
    unitKroner: 'kr. (+ udgift, - besparelse)',
    line: 'Linje',
    area: 'Budgetområde',
    total: 'I alt',
    totalOf: (area: string) => `I alt ${area}`,
    net: 'Netto',
    cumulative: 'Akkumuleret netto',
    payback: 'Tilbagebetalt',
    never: 'ikke inden for perioden',
    npv: (rate: string) => `Nutidsværdi (NPV, diskonteringsrente ${rate} %)`,
  },
  en: {
    unitThousands: '1,000 DKK (+ cost, - saving)',
    unitKroner: 'DKK (+ cost, - saving)',
    line: 'Line',
    area: 'Budget area',
    total: 'Total',
    totalOf: (area: string) => `Total ${area}`,
    net: 'Net',
    cumulative: 'Cumulative net',
    payback: 'Payback year',
    never: 'not within the period',
    npv: (rate: string) => `NPV (discount rate ${rate} %)`,
  },
} as const;

/**
 * Renders an evaluated business case in the style of Herning's published business case: the lines of each
 * budget area followed by its total, then net and cumulative net per year, a total
 * column, the payback year and the NPV. Amounts in 1,000 DKK (exact, with decimals when
 * needed) unless `kroner` is set.
 */
export function renderBusinessCase(
  evaluation: BusinessCaseEvaluation,
  lang: Language,
  kroner = false,
): string {
  const t = words[lang];
  const amount = (dkk: number) =>
    kroner ? formatNumber(dkk, lang) : formatNumber(dkk / 1000, lang, 3);
  const rows: string[][] = [];
  for (const area of evaluation.budgetAreas) {
    for (const line of evaluation.lines.filter((entry) => entry.budgetArea === area)) {
      rows.push([line.label, area, ...line.byYear.map(amount), amount(line.total)]);
    }
    rows.push([
      t.totalOf(area),
      '',
      ...evaluation.byYear.map((year) => amount(year.byBudgetArea[area] ?? 0)),
      amount(evaluation.totals.byBudgetArea[area] ?? 0),
    ]);
  }
  rows.push([
    t.net,
    '',
    ...evaluation.byYear.map((year) => amount(year.net)),
    amount(evaluation.totals.net),
  ]);
  rows.push([t.cumulative, '', ...evaluation.byYear.map((year) => amount(year.cumulativeNet)), '']);
  const numeric = evaluation.years.map((_, index) => index + 2);
  const table = formatTable([t.line, t.area, ...evaluation.years.map(String), t.total], rows, [
    ...numeric,
    numeric.length + 2,
  ]);
  const rate = formatNumber(evaluation.discountRate * 100, lang, 4);
  return [
    evaluation.name,
    kroner ? t.unitKroner : t.unitThousands,
    '',
    table,
    '',
    `${t.payback}: ${evaluation.paybackYear ?? t.never}`,
    `${t.npv(rate)}: ${amount(evaluation.npv)}`,
  ].join('\n');
}
