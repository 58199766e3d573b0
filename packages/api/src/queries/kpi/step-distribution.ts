import { type Database, queryRows, sql } from '@trappen/db';
import { catalogueSql } from './catalogue';
import { periodsSql } from './periods';
import type { KpiScope } from './scope';

/** Children on one step on a period's last day; `rank` 0 counts the children on no step. */
export interface StepDistributionRow {
  label: string;
  rank: number;
  children: number;
}

/**
 * `@trappen/kpi`'s `stepDistribution` in SQL: each child's step on the period's last
 * day is the highest rank among its active interventions. Children of the
 * municipality without an active intervention are counted under rank 0.
 */
export async function stepDistributionRows(
  db: Database,
  scope: KpiScope,
): Promise<StepDistributionRow[]> {
  return queryRows<StepDistributionRow>(
    db,
    sql`with catalogue as (${catalogueSql(scope.catalogue)}),
    periods as (${periodsSql(scope)}),
    ranks as (
      select p.label, i.child_id, max(c.rank) as rank
      from periods p
      join interventions i on i.municipality_id = ${scope.municipalityId}
        and i.start_date <= p.p_to and p.p_to <= coalesce(i.end_date, 'infinity'::date)
      join catalogue c on c.code = i.code
      group by p.label, i.child_id
    ),
    on_step as (
      select label, rank, count(*)::int as children from ranks group by label, rank
    ),
    everyone as (
      select count(*)::int as children from children where municipality_id = ${scope.municipalityId}
    )
    select label, rank, children from on_step
    union all
    select p.label, 0, e.children - coalesce((select sum(children) from on_step o where o.label = p.label), 0)::int
    from periods p cross join everyone e
    order by label, rank`,
  );
}
