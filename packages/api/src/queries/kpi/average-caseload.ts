import type { CaseloadNorms } from '@trappen/caseload';
import { type Database, queryRows, sql } from '@trappen/db';
import { caseloadWeights } from './caseload-weights';
import { periodKeys, periodLabelOf, quarterEnd, quarterEndsIn, quarterWindow } from './quarters';
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
  /** The same children weighted by the norm (1 each without weights). */
  weightedLoad: number;
  /** Caseworkers not on leave with a weighted load per FTE above their norm's max. */
  overMax: number;
}

/**
 * `@trappen/kpi`'s `averageCaseload` in SQL: on the last day of each quarter (a
 * year's is its Q4's), children with an open case (opened ≤ day < closed) assigned to
 * each caseworker (assignment from ≤ day ≤ to), weighted by the caseworker's norm
 * (largest weight among the child's active interventions, at least 1), summed per
 * team and for the municipality with `grouping sets`. Caseworkers on leave that day
 * add no FTE. Cases, assignments and interventions each list the quarter ends they
 * cover, so each is read once.
 */
export async function caseloadRows(
  db: Database,
  scope: KpiScope,
  norms: CaseloadNorms,
): Promise<CaseloadRow[]> {
  const q = quarterWindow(scope);
  const m = scope.municipalityId;
  const teamMax = JSON.stringify(
    Object.fromEntries(
      Object.entries(norms.teams).flatMap(([team, norm]) =>
        norm.max === undefined ? [] : [[team, norm.max]],
      ),
    ),
  );
  const { weights, teams } = caseloadWeights(norms, scope.catalogue);
  const open = quarterEndsIn(sql`c.opened_on`, sql`(c.closed_on - 1)`, q);
  const assigned = quarterEndsIn(sql`a.from_date`, sql`a.to_date`, q);
  const active = quarterEndsIn(sql`i.start_date`, sql`i.end_date`, q);
  const weighted =
    weights.length === 0
      ? { ctes: sql``, join: sql``, weight: sql`1::float8` }
      : {
          ctes: sql`weights as (
            select * from jsonb_to_recordset(${JSON.stringify(weights)}::jsonb)
              as w(norm text, code text, weight float8)
          ),
          child_weights as (
            select k, child_id, norm, max(weight) as weight
            from (
              select i.child_id, w.norm, w.weight,
                generate_series(${active.first}, ${active.last}) as k
              from interventions i join weights w on w.code = i.code
              where i.municipality_id = ${m}
            ) as active
            group by k, child_id, norm
          ),`,
          join: sql`join workers_once wk on wk.id = a.caseworker_id
            left join child_weights cw on cw.k = a.k and cw.child_id = a.child_id and cw.norm = wk.norm`,
          weight: sql`greatest(coalesce(cw.weight, 1), 1)::float8`,
        };
  return queryRows<CaseloadRow>(
    db,
    sql`with case_rows as (
      select id, child_id, opened_on, closed_on from cases where municipality_id = ${m}
    ),
    workers_once as (
      select id, team_id, fte::numeric::float8 as fte, leave_from, leave_to,
        case when jsonb_exists(${JSON.stringify(teams)}::jsonb, team_id::text) then team_id::text else '' end as norm,
        coalesce((${teamMax}::jsonb ->> team_id::text)::float8, ${norms.municipality.max}::float8) as norm_max
      from caseworkers where municipality_id = ${m}
    ),
    open_children as (
      select distinct child_id, generate_series(${open.first}, ${open.last}) as k from case_rows c
    ),
    assignments as (
      select distinct a.caseworker_id, c.child_id,
        generate_series(${assigned.first}, ${assigned.last}) as k
      from case_assignments a join case_rows c on c.id = a.case_id
      where a.municipality_id = ${m}
    ),
    ${weighted.ctes}
    loads as (
      select a.k, a.caseworker_id, count(*) as children, sum(${weighted.weight}) as weighted
      from assignments a
      join open_children o on o.k = a.k and o.child_id = a.child_id
      ${weighted.join}
      group by a.k, a.caseworker_id
    ),
    workers as (
      select g.k, w.team_id, w.fte, coalesce(l.children, 0) as children,
        coalesce(l.weighted, 0) as weighted, w.norm_max,
        (w.leave_from is not null and w.leave_from <= ${quarterEnd(sql`g.k`)}
          and ${quarterEnd(sql`g.k`)} <= coalesce(w.leave_to, 'infinity'::date)) as on_leave
      from generate_series(${q.first}::int, ${q.last}::int) as g(k)
      cross join workers_once w
      left join loads l on l.k = g.k and l.caseworker_id = w.id
    ),
    keyed as (select ${periodKeys(sql`k`, 'last', q)} as p, * from workers)
    select ${periodLabelOf(sql`w.p`)} as label, w.team_id::text as team, count(*)::int as caseworkers,
      coalesce(sum(w.fte) filter (where not w.on_leave), 0)::float8 as "availableFte",
      sum(w.children)::int as children,
      sum(w.weighted)::float8 as "weightedLoad",
      count(*) filter (where not w.on_leave and w.weighted / w.fte > w.norm_max + 0.000000001)::int as "overMax"
    from keyed w
    where w.p is not null
    group by grouping sets ((w.p, w.team_id), (w.p))
    order by label, team nulls first`,
  );
}
