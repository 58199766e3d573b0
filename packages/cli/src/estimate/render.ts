import type { FlowModel } from '@trappen/savings';
import type { Staircase } from '@trappen/staircase';
import { formatNumber } from '../format-number';
import { formatTable } from '../format-table';
import type { Language } from '../language';

const words = {
  da: {
    title: (source: string) => `Flowmodel estimeret fra ${source}`,
    window: (from: string, to: string, months: string, children: string, count: string) =>
      `Periode ${from} til ${to} (${months} månedlige overgange), ${children} børn, ${count} indsatser`,
    counts: 'Observerede overgange fra trin (rækker) til trin (kolonner) på en måned',
    probabilities: 'Sandsynlighed pr. måned i % (± posterior standardafvigelse)',
    from: 'Fra \\ til',
    left: 'Ude',
    steps: 'Trin',
    step: 'Trin',
    name: 'Navn',
    inflow: 'Nye pr. måned (± sd)',
    stock: 'Bestand nu',
    childMonths: 'Barnemåneder',
    cost: 'Pris pr. barnemåned (kr.)',
    source: 'Kilde',
    sources: { observed: 'observeret', catalogue: 'katalog', none: 'ingen' },
  },
  en: {
    title: (source: string) => `Flow model estimated from ${source}`,
    window: (from: string, to: string, months: string, children: string, count: string) =>
      `Window ${from} to ${to} (${months} monthly transitions), ${children} children, ${count} interventions`,
    counts: 'Observed moves from step (rows) to step (columns) in a month',
    probabilities: 'Probability a month in % (± posterior standard deviation)',
    from: 'From \\ to',
    left: 'Left',
    steps: 'Steps',
    step: 'Step',
    name: 'Name',
    inflow: 'New a month (± sd)',
    stock: 'Stock now',
    childMonths: 'Child-months',
    cost: 'Cost per child-month (DKK)',
    source: 'Source',
    sources: { observed: 'observed', catalogue: 'catalogue', none: 'none' },
  },
} as const;

/**
 * Renders an estimated flow model: transition counts, monthly probabilities with their
 * uncertainty, and per step the inflow, stock, child-months and cost per child-month.
 */
export function renderFlowModel(
  model: FlowModel,
  staircase: Staircase,
  source: string,
  lang: Language,
): string {
  const t = words[lang];
  const n = model.steps.length;
  const num = (value: number, digits = 0) => formatNumber(value, lang, digits);
  const fixed = (value: number, digits: number) =>
    new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  const columns = [...model.steps.map((step) => String(step.rank)), t.left];
  const right = columns.map((_, index) => index + 1);
  const counts = formatTable(
    [t.from, ...columns],
    model.transitions.counts.map((row, i) => [
      String(model.steps[i]?.rank),
      ...row.map((c) => num(c)),
    ]),
    right,
  );
  const probabilities = formatTable(
    [t.from, ...columns],
    model.transitions.probabilities.map((row, i) => [
      String(model.steps[i]?.rank),
      ...row.map(
        (p, j) => `${fixed(p * 100, 1)} ±${fixed((model.transitions.sd[i]?.[j] ?? 0) * 100, 1)}`,
      ),
    ]),
    right,
  );
  const names = new Map(staircase.steps.map((step) => [step.id, step.name[lang]]));
  const steps = formatTable(
    [t.step, t.name, t.inflow, t.stock, t.childMonths, t.cost, t.source],
    model.steps.map((step, i) => [
      String(step.rank),
      names.get(step.id) ?? step.id,
      `${fixed(model.inflow.perMonth[i] ?? 0, 2)} ±${fixed(model.inflow.sd[i] ?? 0, 2)}`,
      num(model.stock[i] ?? 0),
      num(model.cost.childMonths[i] ?? 0, 1),
      num(model.cost.perChildMonth[i] ?? 0),
      t.sources[model.cost.source[i] ?? 'none'],
    ]),
    [0, 2, 3, 4, 5],
  );
  return [
    t.title(source),
    t.window(
      model.window.from,
      model.window.to,
      num(model.window.months),
      num(model.children),
      num(model.interventions),
    ),
    '',
    t.counts,
    counts,
    '',
    t.probabilities,
    probabilities,
    '',
    `${t.steps} (${n})`,
    steps,
  ].join('\n');
}
