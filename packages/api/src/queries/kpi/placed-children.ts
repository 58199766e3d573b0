import { type Database, queryRows, sql } from '@trappen/db';
import { catalogueSql } from './catalogue';
import { periodsSql } from './periods';
import type { KpiScope } from './scope';

/** Placed children on a period's last day, for one team and placement type. */
export interface PlacedChildrenRow {
  label: string;
  /** The team of the child's latest case, `null` when it has none. */
  team: string | null;
  placementType: string;
  group: string;
  children: number;
}

/**
 * `@trappen/kpi`'s `placedChildren` in SQL for every period: children with an active
 * placement on the last day, each under its dominant placement (highest step, then
 * the later placement type), counted per team and placement type.
 */
export async function placedChildrenRows(
  db: Database,
  scope: KpiScope,
): Promise<PlacedChildrenRow[]> {
  return queryRows<PlacedChildrenRow>(
    db,
    sql`with catalogue as (${catalogueSql(scope.catalogue)}),
    periods as (${periodsSql(scope)}),
    placements as (
      select i.child_id, i.start_date as s, coalesce(i.end_date, 'infinity'::date) as e,
        c.rank, c.type_order, c.placement_type, c.grp
      from interventions i join catalogue c on c.code = i.code
      where i.municipality_id = ${scope.municipalityId} and c.placement_type is not null
    ),
    child_team as (
      select distinct on (child_id) child_id, team_id
      from cases where municipality_id = ${scope.municipalityId}
      order by child_id, opened_on desc, id desc
    ),
    dominant as (
      select distinct on (p.label, pl.child_id) p.label, pl.child_id, pl.placement_type, pl.grp
      from periods p join placements pl on pl.s <= p.p_to and p.p_to <= pl.e
      order by p.label, pl.child_id, pl.rank desc, pl.type_order desc
    )
    select d.label, ct.team_id::text as team, d.placement_type as "placementType",
      d.grp as "group", count(*)::int as children
    from dominant d left join child_team ct on ct.child_id = d.child_id
    group by d.label, ct.team_id, d.placement_type, d.grp
    order by d.label, team, d.placement_type`,
  );
}
