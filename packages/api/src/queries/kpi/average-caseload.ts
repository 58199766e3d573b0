import type { CaseloadNorms } from '@trappen/caseload';
import { type Database, queryRows, sql } from '@trappen/db';
import { periodsSql } from './periods';
import type { KpiScope } from './scope';

/** Caseload of the municipality (`team` null) or one team on a period's last day. */
export interface CaseloadRow {
  label: string;
  team: string | null;
  /** Caseworkers, including those on leave. */
  caseworkers: number;
  /** FTE of caseworkers not on leave. */
  availableFte: number;
  /** Children with an open case assigned, counted once per caseworker. */
  children: number;
  /** Caseworkers not on leave with more children per FTE than their norm's max. */
  overMax: number;
}

/**
 * `@trappen/kpi`'s `averageCaseload` (unweighted norms) in SQL: on the last day of
 * each period, children with an open case (opened ≤ day < closed) assigned to each
 * caseworker (assignment from ≤ day ≤ to), summed per team and for the municipality
 * with `grouping sets`. Caseworkers on leave that day add no FTE.
 */
export async function caseloadRows(
  db: Database,
  scope: KpiScope,
  norms: CaseloadNorms,
): Promise<CaseloadRow[]> {
  const teamMax = JSON.stringify(
    Object.fromEntries(
      Object.entries(norms.teams).flatMap(([team, norm]) =>
        norm.max === undefined ? [] : [[team, norm.max]],
      ),
    ),
  );
  return queryRows<CaseloadRow>(
    db,
    sql`with periods as (${periodsSql(scope)}),
    open_children as (
      select distinct p.label, c.child_id
      from periods p join cases c on c.municipality_id = ${scope.municipalityId}
        and c.opened_on <= p.p_to and p.p_to < coalesce(c.closed_on, 'infinity'::date)
    ),
    loads as (
      select p.label, a.caseworker_id, count(distinct cs.child_id) as children
      from periods p
      join case_assignments a on a.municipality_id = ${scope.municipalityId}
        and a.from_date <= p.p_to and p.p_to <= coalesce(a.to_date, 'infinity'::date)
      join cases cs on cs.id = a.case_id
      join open_children oc on oc.label = p.label and oc.child_id = cs.child_id
      group by p.label, a.caseworker_id
    ),
    workers as (
      select p.label, w.team_id, w.fte::numeric as fte, coalesce(l.children, 0) as children,
        (w.leave_from is not null and w.leave_from <= p.p_to
          and p.p_to <= coalesce(w.leave_to, 'infinity'::date)) as on_leave,
        coalesce((${teamMax}::jsonb ->> w.team_id::text)::numeric, ${norms.municipality.max}::numeric) as norm_max
      from periods p cross join caseworkers w
      left join loads l on l.label = p.label and l.caseworker_id = w.id
      where w.municipality_id = ${scope.municipalityId}
    )
    select label, team_id::text as team, count(*)::int as caseworkers,
      coalesce(sum(fte) filter (where not on_leave), 0)::float8 as "availableFte",
      sum(children)::int as children,
      count(*) filter (where not on_leave and children / fte > norm_max + 0.000000001)::int as "overMax"
    from workers
    group by grouping sets ((label, team_id), (label))
    order by label, team nulls first`,
  );
}
