import { type Database, queryRows, sql } from '@trappen/db';
import { catalogueSql } from './catalogue';
import { periodsSql } from './periods';
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
 * on the first and on the last day of the period, compared.
 */
export async function movementRows(db: Database, scope: KpiScope): Promise<MovementRow[]> {
  return queryRows<MovementRow>(
    db,
    sql`with catalogue as (${catalogueSql(scope.catalogue)}),
    periods as (${periodsSql(scope)}),
    steps as (
      select p.label, i.child_id,
        max(c.rank) filter (where i.start_date <= p.p_from and p.p_from <= coalesce(i.end_date, 'infinity'::date)) as before,
        max(c.rank) filter (where i.start_date <= p.p_to and p.p_to <= coalesce(i.end_date, 'infinity'::date)) as after
      from periods p
      join interventions i on i.municipality_id = ${scope.municipalityId}
        and i.start_date <= p.p_to and p.p_from <= coalesce(i.end_date, 'infinity'::date)
      join catalogue c on c.code = i.code
      group by p.label, i.child_id
    )
    select p.label,
      count(s.child_id) filter (where s.after < s.before)::int as down,
      count(s.child_id) filter (where s.after > s.before)::int as up,
      count(s.child_id) filter (where s.after = s.before)::int as unchanged,
      count(s.child_id) filter (where s.before is null and s.after is not null)::int as entered,
      count(s.child_id) filter (where s.before is not null and s.after is null)::int as exited
    from periods p left join steps s on s.label = p.label
    group by p.label
    order by p.label`,
  );
}
