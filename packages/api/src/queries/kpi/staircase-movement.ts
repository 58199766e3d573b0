import { type Database, queryRows, sql } from '@trappen/db';
import { catalogueSql } from './catalogue';
import { periodsSql } from './periods';
import { periodLabelOf, quarterEndsIn, quarterStartsIn, quarterWindow } from './quarters';
import type { KpiScope } from './scope';

/** Movement on the staircase from a period's first day to its last. */
export interface MovementRow {
  label: string;
  down: number;
  up: number;
  unchanged: number;
  entered: number;
  exited: number;
}

/**
 * `@trappen/kpi`'s `staircaseMovement` in SQL: each child's step (highest active rank)
 * on the first and on the last day of the period, compared. Each intervention lists
 * the quarter starts and quarter ends it covers (a year starts with its Q1 and ends
 * with its Q4), so interventions are read once.
 */
export async function movementRows(db: Database, scope: KpiScope): Promise<MovementRow[]> {
  const q = quarterWindow(scope);
  const ends = quarterEndsIn(sql`i.start_date`, sql`i.end_date`, q);
  const starts = quarterStartsIn(sql`i.start_date`, sql`i.end_date`, q);
  return queryRows<MovementRow>(
    db,
    sql`with catalogue as (${catalogueSql(scope.catalogue)}),
    periods as (${periodsSql(scope)}),
    spans as (
      select i.child_id, c.rank, ${starts.first} as s1, ${starts.last} as s2,
        ${ends.first} as e1, ${ends.last} as e2
      from interventions i join catalogue c on c.code = i.code
      where i.municipality_id = ${scope.municipalityId}
    ),
    marks as (
      select child_id, rank, generate_series(s1, s2) as k, false as at_end from spans
      union all
      select child_id, rank, generate_series(e1, e2), true from spans
    ),
    quarters as (
      select k, child_id,
        max(rank) filter (where not at_end) as before, max(rank) filter (where at_end) as after
      from marks group by k, child_id
    ),
    years as (
      select -(k / 4) as p, child_id,
        max(before) filter (where k % 4 = 0) as before, max(after) filter (where k % 4 = 3) as after
      from quarters where (k / 4) * 4 + 3 <= ${q.last}::int
      group by 1, 2
    ),
    counts as (
      select p,
        count(*) filter (where after < before)::int as down,
        count(*) filter (where after > before)::int as up,
        count(*) filter (where after = before)::int as unchanged,
        count(*) filter (where before is null and after is not null)::int as entered,
        count(*) filter (where before is not null and after is null)::int as exited
      from (select k as p, before, after from quarters union all select p, before, after from years) as s
      group by p
    ),
    labelled as (select ${periodLabelOf(sql`p`)} as label, c.* from counts c)
    select p.label, coalesce(l.down, 0) as down, coalesce(l.up, 0) as up,
      coalesce(l.unchanged, 0) as unchanged, coalesce(l.entered, 0) as entered,
      coalesce(l.exited, 0) as exited
    from periods p left join labelled l on l.label = p.label
    order by p.label`,
  );
}
