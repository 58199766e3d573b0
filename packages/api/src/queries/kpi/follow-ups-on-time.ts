import { type Database, queryRows, sql } from '@trappen/db';
import { catalogueSql } from './catalogue';
import { periodsSql } from './periods';
import type { KpiScope } from './scope';

/** Follow-up due dates in a period and how many were met. */
export interface FollowUpRow {
  label: string;
  due: number;
  onTime: number;
}

/**
 * `@trappen/kpi`'s `followUpsOnTime` in SQL. A recursive CTE walks each intervention's
 * due dates as caseload's `deadlines` defines them: the first is `start + first`; a
 * due date `d` is met by the first follow-up after the one that set it with
 * `d − cadence < f ≤ d` (the next is `f + cadence`); otherwise it is missed and the
 * next follow-up `g > d` sets `g + cadence`. Due dates count in a period when the
 * child has an open case that day (opened ≤ day < closed).
 */
export async function followUpRows(db: Database, scope: KpiScope): Promise<FollowUpRow[]> {
  return queryRows<FollowUpRow>(
    db,
    sql`with recursive catalogue as (${catalogueSql(scope.catalogue)}),
    periods as (${periodsSql(scope)}),
    iv as (
      select i.id, i.case_id, i.child_id, i.start_date as s, c.cadence, c.first_after,
        least(coalesce(i.end_date, 'infinity'::date), ${scope.lastDay}::date) as last_day
      from interventions i join catalogue c on c.code = i.code
      where i.municipality_id = ${scope.municipalityId} and not c.exempt
    ),
    chain as (
      select iv.id, iv.case_id, iv.child_id, iv.cadence, iv.last_day,
        iv.s + iv.first_after as due, iv.s - 1 as prev
      from iv where iv.s + iv.first_after <= iv.last_day
      union all
      select ch.id, ch.case_id, ch.child_id, ch.cadence, ch.last_day, nx.f + ch.cadence, nx.f
      from chain ch
      cross join lateral (
        select coalesce(
          (select f.date from follow_ups f
            where f.case_id = ch.case_id and f.intervention_id = ch.id
              and f.date > ch.prev and f.date > ch.due - ch.cadence and f.date <= ch.due
            order by f.date limit 1),
          (select f.date from follow_ups f
            where f.case_id = ch.case_id and f.intervention_id = ch.id and f.date > ch.due
            order by f.date limit 1)) as f
      ) nx
      where nx.f is not null and nx.f + ch.cadence <= ch.last_day
    ),
    dues as (
      select ch.child_id, ch.due, exists (
        select 1 from follow_ups f
        where f.case_id = ch.case_id and f.intervention_id = ch.id
          and f.date > ch.prev and f.date > ch.due - ch.cadence and f.date <= ch.due
      ) as met
      from chain ch
      where exists (
        select 1 from cases c
        where c.child_id = ch.child_id and c.municipality_id = ${scope.municipalityId}
          and c.opened_on <= ch.due and ch.due < coalesce(c.closed_on, 'infinity'::date)
      )
    )
    select p.label, count(d.due)::int as due, count(d.due) filter (where d.met)::int as "onTime"
    from periods p left join dues d on d.due between p.p_from and p.p_to
    group by p.label
    order by p.label`,
  );
}
