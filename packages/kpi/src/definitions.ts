import type { LocalizedText } from '@trappen/staircase';
import type { Period } from './period';

/**
 * The KPIs this package defines.
 *
 * @example
 * ```ts
 * const id: KpiId = 'placementMix';
 * ```
 */
export type KpiId =
  | 'placedChildren'
  | 'placementMix'
  | 'stepDistribution'
  | 'staircaseMovement'
  | 'averageCaseload'
  | 'followUpsOnTime'
  | 'notifications'
  | 'spendAgainstBudget';

/**
 * What a KPI means and where its numbers come from, in Danish and English: what the
 * board shows "on demand" next to every figure.
 *
 * @example
 * ```ts
 * KPI_DEFINITIONS.placedChildren.name.da; // 'Anbragte børn'
 * ```
 */
export interface KpiDefinition {
  /** Short name. */
  name: LocalizedText;
  /** The exact definition. */
  definition: LocalizedText;
  /** The input tables the figure is computed from. */
  source: LocalizedText;
}

/**
 * Every KPI's figure with its definition, period and source.
 *
 * @example
 * ```ts
 * const result: KpiResult<{ count: number }> = placedChildren(input, yearPeriod(2018));
 * result.value.count; // 131
 * result.definition.en; // 'Children with an active placement on the last day of the period (for a year 31 December, the same figure as its fourth quarter) …'
 * ```
 */
export interface KpiResult<V> extends KpiDefinition {
  /** Which KPI. */
  kpi: KpiId;
  /** The period the figure describes. */
  period: Period;
  /** The figure(s). */
  value: V;
}

const INTERVENTIONS: LocalizedText = {
  da: 'Indsatser (start- og slutdato, indsatskatalogets anbringelsestype og trin)',
  en: 'Interventions (start and end dates; the catalogue’s placement type and step)',
};

/**
 * The definition text of every KPI, in Danish and English.
 *
 * @example
 * ```ts
 * KPI_DEFINITIONS.notifications.definition.en;
 * ```
 */
export const KPI_DEFINITIONS: Readonly<Record<KpiId, KpiDefinition>> = Object.freeze({
  placedChildren: {
    name: { da: 'Anbragte børn', en: 'Placed children' },
    definition: {
      da: 'Antal børn med en aktiv anbringelse på periodens sidste dag (for et år 31. december, samme tal som 4. kvartal). En anbringelse er en indsats, hvis katalogpost har en anbringelsestype (efterværn uden anbringelsestype tæller ikke).',
      en: 'Children with an active placement on the last day of the period (for a year 31 December, the same figure as its fourth quarter). A placement is an intervention whose catalogue entry has a placement type (aftercare without a placement type does not count).',
    },
    source: INTERVENTIONS,
  },
  placementMix: {
    name: { da: 'Anbringelser fordelt på type (årsbørn)', en: 'Placement mix (child-years)' },
    definition: {
      da: 'Anbringelsesdage i perioden pr. anbringelsestype og gruppe (familie, selvstændigt, institution), divideret med 365 (årsbørn), og andelen af alle årsbørn. En dag med flere anbringelser tæller én gang, på det højeste trin.',
      en: 'Placement days in the period per placement type and group (family, independent, institution), divided by 365 (child-years), and the share of all child-years. A day with several placements counts once, on the highest step.',
    },
    source: INTERVENTIONS,
  },
  stepDistribution: {
    name: { da: 'Børn fordelt på trin', en: 'Children by step' },
    definition: {
      da: 'Antal børn på hvert trin af indsatstrappen på periodens sidste dag (for et år 31. december, samme tal som 4. kvartal) (barnets trin er det højeste blandt aktive indsatser) og andelen af børn på et trin.',
      en: 'Children on each step of the staircase on the last day of the period (for a year 31 December, the same figure as its fourth quarter) (a child’s step is the highest among active interventions) and the share of children on a step.',
    },
    source: INTERVENTIONS,
  },
  staircaseMovement: {
    name: { da: 'Bevægelse på trappen', en: 'Movement on the staircase' },
    definition: {
      da: 'Børn, hvis trin på periodens sidste dag er lavere (ned), højere (op) eller det samme (uændret) som på periodens første dag, samt børn der kom på trappen (ingen trin ved start) eller forlod den (intet trin ved slut).',
      en: 'Children whose step on the last day of the period is lower (down), higher (up) or the same (unchanged) as on its first day, and children who entered (no step at the start) or exited (no step at the end).',
    },
    source: INTERVENTIONS,
  },
  averageCaseload: {
    name: { da: 'Gennemsnitligt sagstal', en: 'Average caseload' },
    definition: {
      da: 'Børn med åben sag pr. fuldtidsrådgiver (ekskl. rådgivere på orlov) på periodens sidste dag (for et år 31. december, samme tal som 4. kvartal), holdt op mod normen (mål og maksimum), for kommunen og pr. team.',
      en: 'Children with an open case per full-time caseworker (excluding caseworkers on leave) on the last day of the period (for a year 31 December, the same figure as its fourth quarter), against the norm (target and maximum), for the municipality and per team.',
    },
    source: {
      da: 'Rådgivere (årsværk, orlov), sager, tildelinger, indsatser; sagstalsnorm',
      en: 'Caseworkers (FTE, leave), cases, assignments, interventions; caseload norm',
    },
  },
  followUpsOnTime: {
    name: { da: 'Opfølgninger til tiden', en: 'Follow-ups on time' },
    definition: {
      da: 'Opfølgningsfrister i perioden for aktive indsatser hos børn med åben sag, og andelen hvor opfølgningen blev dokumenteret senest på fristen. Fristen er indsatsens start plus kadencen, derefter seneste opfølgning plus kadencen.',
      en: 'Follow-up due dates in the period for active interventions of children with an open case, and the share where the follow-up was documented on or before the due date. The first is due the cadence after the start, each next one the cadence after the latest follow-up.',
    },
    source: {
      da: 'Indsatser, opfølgninger, sager; opfølgningsregler',
      en: 'Interventions, follow-ups, cases; follow-up rules',
    },
  },
  notifications: {
    name: { da: 'Underretninger', en: 'Notifications of concern' },
    definition: {
      da: 'Antal underretninger modtaget i perioden, og andelen om børn under 8 år (alder på modtagelsesdagen). Et år er summen af sine fire kvartaler.',
      en: 'Notifications of concern received in the period, and the share about children under 8 (age on the day received). A year is the sum of its four quarters.',
    },
    source: { da: 'Underretninger', en: 'Notifications of concern' },
  },
  spendAgainstBudget: {
    name: { da: 'Forbrug mod budget', en: 'Spend against budget' },
    definition: {
      da: 'Årets forbrug pr. konto, budgettet, forskellen (forbrug minus budget) og forbrugsprocenten (forbrug / budget).',
      en: 'The year’s spend per account, the budget, the difference (spend minus budget) and the share used (spend / budget).',
    },
    source: {
      da: 'Forbrug og budget pr. konto og år',
      en: 'Spend and budget per account and year',
    },
  },
});

/** Wraps a value with its KPI's definition and period. Internal. */
export function result<V>(kpi: KpiId, period: Period, value: V): KpiResult<V> {
  return { kpi, ...KPI_DEFINITIONS[kpi], period: { from: period.from, to: period.to }, value };
}
