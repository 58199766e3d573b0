import {
  type CaseloadNorms,
  type CaseloadNormsInput,
  defineCaseloadNorms,
} from '@trappen/caseload';
import { type Database, queryRows, sql } from '@trappen/db';
import { addDays, type IsoDate } from '@trappen/staircase';
import { loadStaircase } from '../load-staircase';
import { followUpRulesOf } from '../rule-set';
import { catalogueRows } from './catalogue';
import type { KpiScope } from './scope';

/** A municipality's KPI scope plus what the board shows about it. */
export interface LoadedScope {
  scope: KpiScope;
  norms: CaseloadNorms;
  name: string;
  code: string;
  reformStart: IsoDate | null;
  teams: { id: string; name: string }[];
}

/**
 * Municipality metadata (name, reform start, teams, staircase, norms) and the
 * reporting window: from the year of its first case to yesterday. The caseload norm
 * is kept whole, weights included; follow-ups are due under the municipality's saved
 * follow-up rules (the defaults when none are saved), as the caseworkers' deadlines are.
 */
export async function loadKpiScope(
  db: Database,
  municipalityId: string,
  today: IsoDate,
): Promise<LoadedScope> {
  const [[meta], teams, staircase] = await Promise.all([
    queryRows<{
      name: string;
      code: string;
      reform_start: string | null;
      first_year: number | null;
      norm: CaseloadNormsInput | null;
      rules: unknown;
    }>(
      db,
      sql`select m.name, m.code, m.reform_start::text as reform_start,
        (select extract(year from min(opened_on))::int from cases where municipality_id = m.id) as first_year,
        r.caseload_norm as norm, r.rules
      from municipalities m left join rule_sets r on r.municipality_id = m.id
      where m.id = ${municipalityId}`,
    ),
    queryRows<{ id: string; name: string }>(
      db,
      sql`select id::text, name from teams where municipality_id = ${municipalityId} order by name`,
    ),
    loadStaircase(db, municipalityId),
  ]);
  const lastDay = addDays(today, -1);
  const norms = defineCaseloadNorms(meta?.norm ?? {});
  return {
    scope: {
      municipalityId,
      firstYear: Math.min(
        meta?.first_year ?? Number(lastDay.slice(0, 4)),
        Number(lastDay.slice(0, 4)),
      ),
      lastDay,
      catalogue: catalogueRows(staircase, followUpRulesOf(meta?.rules)),
    },
    norms,
    name: meta?.name ?? '',
    code: meta?.code ?? '',
    reformStart: meta?.reform_start ?? null,
    teams,
  };
}
