import { type Database, queryRows, sql } from '@trappen/db';
import { periodKeys, periodLabelOf, quarterOf, quarterWindow } from './quarters';
import type { KpiScope } from './scope';

/** Notifications received in a period from one source, by the child's age group. */
export interface NotificationRow {
  label: string;
  source: string;
  underEight: number;
  eightAndOver: number;
}

/**
 * `@trappen/kpi`'s `notifications` in SQL: notifications of concern received in each
 * period per source, split at age 8 (age on the day received). Counted per quarter in
 * one read of the table; a year is the sum of its quarters.
 */
export async function notificationRows(db: Database, scope: KpiScope): Promise<NotificationRow[]> {
  const q = quarterWindow(scope);
  return queryRows<NotificationRow>(
    db,
    sql`with by_quarter as (
      select ${quarterOf(sql`n.received_on`)} as k, n.source,
        count(*) filter (where n.child_age < 8)::int as under_eight,
        count(*) filter (where n.child_age >= 8)::int as eight_and_over
      from notifications n
      where n.municipality_id = ${scope.municipalityId}
        and n.received_on >= make_date(${scope.firstYear}::int, 1, 1)
        and n.received_on <= ${scope.lastDay}::date
      group by 1, 2
    ),
    keyed as (
      select ${periodKeys(sql`k`, 'any', q)} as p, source, under_eight, eight_and_over
      from by_quarter where k <= ${q.last}::int
    )
    select ${periodLabelOf(sql`p`)} as label, source, sum(under_eight)::int as "underEight",
      sum(eight_and_over)::int as "eightAndOver"
    from keyed where p is not null
    group by p, source
    order by label, source`,
  );
}
