import { type Database, queryRows, sql } from '@trappen/db';
import { catalogueSql } from './catalogue';
import { periodsSql } from './periods';
import type { KpiScope } from './scope';

/** Placement days in a period for one placement type, one group, or all placements. */
export interface PlacementMixRow {
  label: string;
  /** `type` row, `group` row, or the `total`. */
  level: 'type' | 'group' | 'total';
  placementType: string | null;
  group: string | null;
  days: number;
  /** Distinct children with at least one such day. */
  children: number;
}

/**
 * `@trappen/kpi`'s `placementMix` in SQL for every period. Each child's placements are
 * cut into segments where the set of active placements is constant (window `lead`
 * over the start and end+1 days); each segment counts for its dominant placement, and
 * segments are clipped to the periods. Child-years and shares follow from the days.
 */
export async function placementMixRows(db: Database, scope: KpiScope): Promise<PlacementMixRow[]> {
  return queryRows<PlacementMixRow>(
    db,
    sql`with catalogue as (${catalogueSql(scope.catalogue)}),
    periods as (${periodsSql(scope)}),
    placements as (
      select i.child_id, i.start_date as s, coalesce(i.end_date, 'infinity'::date) as e,
        c.rank, c.type_order, c.placement_type, c.grp
      from interventions i join catalogue c on c.code = i.code
      where i.municipality_id = ${scope.municipalityId} and c.placement_type is not null
    ),
    points as (
      select child_id, s as pt from placements
      union
      select child_id, e + 1 from placements where e <> 'infinity'::date
    ),
    segments as (
      select child_id, pt as seg_start,
        coalesce(lead(pt) over (partition by child_id order by pt) - 1, 'infinity'::date) as seg_end
      from points
    ),
    dominant as (
      select distinct on (sg.child_id, sg.seg_start) sg.child_id, sg.seg_start, sg.seg_end,
        pl.placement_type, pl.grp
      from segments sg join placements pl
        on pl.child_id = sg.child_id and pl.s <= sg.seg_start and sg.seg_start <= pl.e
      order by sg.child_id, sg.seg_start, pl.rank desc, pl.type_order desc
    ),
    days as (
      select p.label, d.child_id, d.placement_type, d.grp,
        least(d.seg_end, p.p_to) - greatest(d.seg_start, p.p_from) + 1 as days
      from dominant d join periods p on d.seg_start <= p.p_to and p.p_from <= d.seg_end
    )
    select label,
      case grouping(placement_type, grp) when 0 then 'type' when 2 then 'group' else 'total' end as level,
      case when grouping(placement_type) = 0 then placement_type end as "placementType",
      case when grouping(grp) = 0 then grp end as "group",
      sum(days)::int as days, count(distinct child_id)::int as children
    from days
    group by grouping sets ((label, placement_type, grp), (label, grp), (label))
    order by label, level, "group", "placementType"`,
  );
}
