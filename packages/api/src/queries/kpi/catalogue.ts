import { defaultFollowUpRules, defineFollowUpRules, type FollowUpRules } from '@trappen/caseload';
import { type SQL, sql } from '@trappen/db';
import {
  indexStaircase,
  PLACEMENT_TYPES,
  placementTypeInfo,
  type Staircase,
} from '@trappen/staircase';

/** One catalogue entry as the KPI queries read it (metadata, never case data). */
export interface CatalogueRow {
  code: string;
  rank: number;
  step: string;
  /** The step is a placement outside the home (what a norm's `placement` weight applies to). */
  placement_step: boolean;
  placement_type: string | null;
  /** Position in `PLACEMENT_TYPES`: breaks ties between placements on one step. */
  type_order: number | null;
  grp: string | null;
  cadence: number;
  first_after: number;
  exempt: boolean;
}

/**
 * The municipality's staircase catalogue with what every KPI needs per code: step rank,
 * placement type and group, and the follow-up cadence from the rules (as
 * `@trappen/kpi`'s `followUpsOnTime` reads them).
 */
export function catalogueRows(
  staircase: Staircase,
  rules: FollowUpRules = defaultFollowUpRules,
): CatalogueRow[] {
  const stairs = indexStaircase(staircase);
  const rule = defineFollowUpRules(rules, staircase).followUp;
  const exempt = new Set(rule?.exemptSteps ?? []);
  return staircase.interventions.map((entry) => {
    const type = entry.placementType ?? null;
    const cadence = rule?.everyDaysByCode[entry.code] ?? entry.followUpEveryDays;
    return {
      code: entry.code,
      rank: stairs.rankByCode.get(entry.code) ?? 0,
      step: entry.step,
      placement_step: stairs.stepById.get(entry.step)?.isPlacement ?? false,
      placement_type: type,
      type_order: type ? PLACEMENT_TYPES.indexOf(type) : null,
      grp: type ? placementTypeInfo[type].group : null,
      cadence,
      first_after: rule?.firstAfterDays ?? cadence,
      // Without a follow-up rule nothing is due: every entry is exempt.
      exempt: !rule || exempt.has(entry.step),
    };
  });
}

/** `catalogue` as a CTE body (`code, rank, step, placement_step, placement_type, type_order, grp, cadence, first_after, exempt`). */
export function catalogueSql(rows: readonly CatalogueRow[]): SQL {
  return sql`select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as c(
    code text, rank int, step text, placement_step boolean, placement_type text, type_order int,
    grp text, cadence int, first_after int, exempt boolean)`;
}
