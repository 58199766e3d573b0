import { type Database, queryRows, sql } from '@trappen/db';
import { catalogueSql } from './catalogue';
import { periodKeys, periodLabelOf, quarterEndsIn, quarterWindow } from './quarters';
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
 * municipality without an active intervention are counted under rank 0. Each
 * intervention lists the quarter ends it covers (a year's last day is its Q4's).
 */
export async function stepDistributionRows(
  db: Database,
  scope: KpiScope,
): Promise<StepDistributionRow[]> {
  const q = quarterWindow(scope);
  const ends = quarterEndsIn(sql`i.start_date`, sql`i.end_date`, q);
  return queryRows<StepDistributionRow>(
    db,
    sql`with catalogue as (${catalogueSql(scope.catalogue)}),
    spans as (
      select i.child_id, c.rank, generate_series(${ends.first}, ${ends.last}) as k
      from interventions i join catalogue c on c.code = i.code
      where i.municipality_id = ${scope.municipalityId}
    ),
    ranks as (
      select k, child_id, max(rank) as rank from spans group by k, child_id
    ),
    on_step as (
      select k, rank, count(*)::int as children from ranks group by k, rank
    ),
    everyone as (
      select count(*)::int as children from children where municipality_id = ${scope.municipalityId}
    ),
    on_any_step as (
      select k, sum(children)::int as children from on_step group by k
    ),
    counts as (
      select k, rank, children from on_step
      union all
      select g.k, 0, e.children - coalesce(o.children, 0)
      from generate_series(${q.first}::int, ${q.last}::int) as g(k)
      cross join everyone e left join on_any_step o on o.k = g.k
    ),
    keyed as (select ${periodKeys(sql`k`, 'last', q)} as p, rank, children from counts)
    select ${periodLabelOf(sql`p`)} as label, rank, children
    from keyed where p is not null
    order by label, rank`,
  );
}
