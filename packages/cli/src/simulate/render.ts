import type { Band, SimulationResult } from '@trappen/savings';
import { formatNumber } from '../format-number';
import { formatTable } from '../format-table';
import type { Language } from '../language';

const words = {
  da: {
    title: (file: string, draws: string, seed: number) =>
      `Scenarie ${file}: ${draws} træk, frø ${seed} (kr., + udgift, - besparelse)`,
    year: 'År',
    saving: 'Besparelse P50',
    net: 'Netto',
    cumulative: 'Akk. netto',
    paidBack: 'P(tilbagebetalt)',
    npv: (rate: string) => `Nutidsværdi (NPV, ${rate} %)`,
    payback: (years: number, p: string) =>
      `Sandsynlighed for tilbagebetaling inden for ${years} år: ${p}`,
  },
  en: {
    title: (file: string, draws: string, seed: number) =>
      `Scenario ${file}: ${draws} draws, seed ${seed} (DKK, + cost, - saving)`,
    year: 'Year',
    saving: 'Saving P50',
    net: 'Net',
    cumulative: 'Cum. net',
    paidBack: 'P(paid back)',
    npv: (rate: string) => `NPV (${rate} %)`,
    payback: (years: number, p: string) => `Probability of payback within ${years} years: ${p}`,
  },
} as const;

/**
 * Renders a simulation: per year the median saving, P10/P50/P90 of net and cumulative
 * net and the probability of having paid back by then; then the NPV band.
 */
export function renderSimulation(result: SimulationResult, file: string, lang: Language): string {
  const t = words[lang];
  const dkk = (value: number) => formatNumber(Math.round(value), lang);
  const band = (value: Band) => [dkk(value.p10), dkk(value.p50), dkk(value.p90)];
  const share = (value: number) =>
    new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-US', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(value);
  const table = formatTable(
    [
      t.year,
      t.saving,
      `${t.net} P10`,
      `${t.net} P50`,
      `${t.net} P90`,
      `${t.cumulative} P10`,
      `${t.cumulative} P50`,
      `${t.cumulative} P90`,
      t.paidBack,
    ],
    result.years.map((year) => [
      String(year.year),
      dkk(year.saving.p50),
      ...band(year.net),
      ...band(year.cumulativeNet),
      share(year.probabilityPaidBackBy),
    ]),
    [1, 2, 3, 4, 5, 6, 7, 8],
  );
  const last = result.years.at(-1);
  return [
    t.title(file, formatNumber(result.draws, lang), result.seed),
    '',
    table,
    '',
    `${t.npv(formatNumber(result.discountRate * 100, lang, 4))}: P10 ${dkk(result.npv.p10)}, P50 ${dkk(result.npv.p50)}, P90 ${dkk(result.npv.p90)}`,
    t.payback(result.years.length, share(last?.probabilityPaidBackBy ?? 0)),
  ].join('\n');
}
