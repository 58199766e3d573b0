import { type Database, queryRows, sql } from '@trappen/db';
import { catalogueSql } from './catalogue';
import {
  periodKeys,
  periodLabelOf,
  quarterEnd,
  quarterOf,
  quarterStart,
  quarterWindow,
} from './quarters';
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
 * is cut at the quarters it overlaps (a year is the sum of its quarters). Child-years
 * and shares follow from the days.
 */
export async function placementMixRows(db: Database, scope: KpiScope): Promise<PlacementMixRow[]> {
  const q = quarterWindow(scope);
  return queryRows<PlacementMixRow>(
    db,
    sql`with catalogue as (${catalogueSql(scope.catalogue)}),
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
    quarters as (
      select child_id, seg_start, seg_end, placement_type, grp,
        generate_series(
          greatest(${quarterOf(sql`seg_start`)}, ${q.first}::int),
          case when seg_end = 'infinity'::date then ${q.last}::int
            else least(${quarterOf(sql`seg_end`)}, ${q.last}::int) end) as k
      from dominant
    ),
    quarter_days as (
      select k, child_id, placement_type, grp,
        least(seg_end, ${quarterEnd(sql`k`)}) - greatest(seg_start, ${quarterStart(sql`k`)}) + 1 as days
      from quarters
    ),
    days as (
      select child_id, placement_type, grp, days, ${periodKeys(sql`k`, 'any', q)} as p
      from quarter_days
    )
    select ${periodLabelOf(sql`p`)} as label,
      case grouping(placement_type, grp) when 0 then 'type' when 2 then 'group' else 'total' end as level,
      case when grouping(placement_type) = 0 then placement_type end as "placementType",
      case when grouping(grp) = 0 then grp end as "group",
      sum(days)::int as days, count(distinct child_id)::int as children
    from days
    where p is not null
    group by grouping sets ((p, placement_type, grp), (p, grp), (p))
    order by label, level, "group", "placementType"`,
  );
}
