import { type Database, queryRows, sql } from '@trappen/db';
import { catalogueSql } from './catalogue';
import { periodsSql } from './periods';
import { periodKeys, periodLabelOf, quarterOf, quarterWindow } from './quarters';
import type { KpiScope } from './scope';

/** Follow-up due dates in a period and how many were met. */
export interface FollowUpRow {
  label: string;
  due: number;
  onTime: number;
}

/**
 * `@trappen/kpi`'s `followUpsOnTime` in SQL, as caseload's `deadlines` defines the due
 * dates: the first is `start + first`, met by a follow-up `f` with
 * `max(start − 1, first due − cadence) < f ≤ first due`. Every later due date is set
 * by a follow-up `g` after that bound as `g + cadence` (met or missed, the next
 * follow-up is what sets the next date), and is met when the intervention's next
 * follow-up date comes by then. So the walk needs no recursion: one window `lead`
 * over each intervention's distinct follow-up dates. Due dates count up to the
 * intervention's last day, in a period when the child has an open case that day
 * (opened ≤ day < closed).
 */
export async function followUpRows(db: Database, scope: KpiScope): Promise<FollowUpRow[]> {
  const q = quarterWindow(scope);
  return queryRows<FollowUpRow>(
    db,
    sql`with catalogue as (${catalogueSql(scope.catalogue)}),
    periods as (${periodsSql(scope)}),
    iv as (
      select i.id, i.case_id, i.child_id, c.cadence, i.start_date + c.first_after as first_due,
        greatest(i.start_date - 1, i.start_date + c.first_after - c.cadence) as after,
        least(coalesce(i.end_date, 'infinity'::date), ${scope.lastDay}::date) as last_day
      from interventions i join catalogue c on c.code = i.code
      where i.municipality_id = ${scope.municipalityId} and not c.exempt
        and i.start_date + c.first_after <= least(coalesce(i.end_date, 'infinity'::date), ${scope.lastDay}::date)
    ),
    walk as (
      select iv.id, iv.child_id, iv.cadence, iv.first_due, iv.last_day, f.date,
        lead(f.date) over w as next, row_number() over w as n
      from iv left join (
        select distinct intervention_id, case_id, date from follow_ups
        where municipality_id = ${scope.municipalityId}
      ) f on f.intervention_id = iv.id and f.case_id = iv.case_id and f.date > iv.after
      window w as (partition by iv.id order by f.date)
    ),
    dues as (
      select w.child_id, d.due, d.met
      from walk w
      cross join lateral (values
        (case when w.n = 1 then w.first_due end, coalesce(w.date <= w.first_due, false)),
        (case when w.date + w.cadence <= w.last_day then w.date + w.cadence end,
          coalesce(w.next <= w.date + w.cadence, false))
      ) as d(due, met)
      where d.due is not null
    ),
    open_cases as (
      select child_id, range_agg(daterange(opened_on,
        case when closed_on is not null then greatest(closed_on, opened_on) end, '[)')) as open
      from cases where municipality_id = ${scope.municipalityId}
      group by child_id
    ),
    counted as (
      select ${quarterOf(sql`d.due`)} as k, count(*)::int as due,
        count(*) filter (where d.met)::int as on_time
      from dues d join open_cases c on c.child_id = d.child_id and c.open @> d.due
      where d.due >= make_date(${scope.firstYear}::int, 1, 1)
      group by 1
    ),
    keyed as (
      select ${periodKeys(sql`k`, 'any', q)} as p, due, on_time from counted where k <= ${q.last}::int
    ),
    labelled as (
      select ${periodLabelOf(sql`p`)} as label, sum(due)::int as due, sum(on_time)::int as on_time
      from keyed where p is not null
      group by p
    )
    select p.label, coalesce(l.due, 0)::int as due, coalesce(l.on_time, 0)::int as "onTime"
    from periods p left join labelled l on l.label = p.label
    order by p.label`,
  );
}
