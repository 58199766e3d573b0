import { type Database, queryRows, sql } from '@trappen/db';
import { catalogueSql } from './catalogue';
import { periodKeys, periodLabelOf, quarterEndsIn, quarterWindow } from './quarters';
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
 * the later placement type), counted per team and placement type. Each placement
 * lists the quarter ends it covers (a year's last day is its Q4's), so interventions
 * and cases are read once.
 */
export async function placedChildrenRows(
  db: Database,
  scope: KpiScope,
): Promise<PlacedChildrenRow[]> {
  const q = quarterWindow(scope);
  const ends = quarterEndsIn(sql`i.start_date`, sql`i.end_date`, q);
  return queryRows<PlacedChildrenRow>(
    db,
    sql`with catalogue as (${catalogueSql(scope.catalogue)}),
    placements as (
      select i.child_id, c.rank, c.type_order, c.placement_type, c.grp,
        generate_series(${ends.first}, ${ends.last}) as k
      from interventions i join catalogue c on c.code = i.code
      where i.municipality_id = ${scope.municipalityId} and c.placement_type is not null
    ),
    dominant as (
      select distinct on (k, child_id) k, child_id, placement_type, grp
      from placements
      order by k, child_id, rank desc, type_order desc
    ),
    child_team as (
      select distinct on (child_id) child_id, team_id
      from cases where municipality_id = ${scope.municipalityId}
      order by child_id, opened_on desc, id desc
    ),
    counts as (
      select d.k, ct.team_id, d.placement_type, d.grp, count(*)::int as children
      from dominant d left join child_team ct on ct.child_id = d.child_id
      group by d.k, ct.team_id, d.placement_type, d.grp
    ),
    keyed as (
      select ${periodKeys(sql`k`, 'last', q)} as p, team_id, placement_type, grp, children from counts
    )
    select ${periodLabelOf(sql`p`)} as label, team_id::text as team,
      placement_type as "placementType", grp as "group", children
    from keyed where p is not null
    order by label, team, "placementType"`,
  );
}
