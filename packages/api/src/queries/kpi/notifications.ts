import { type Database, queryRows, sql } from '@trappen/db';
import { periodsSql } from './periods';
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
 * period per source, split at age 8 (age on the day received).
 */
export async function notificationRows(db: Database, scope: KpiScope): Promise<NotificationRow[]> {
  return queryRows<NotificationRow>(
    db,
    sql`with periods as (${periodsSql(scope)})
    select p.label, n.source,
      count(*) filter (where n.child_age < 8)::int as "underEight",
      count(*) filter (where n.child_age >= 8)::int as "eightAndOver"
    from periods p join notifications n on n.municipality_id = ${scope.municipalityId}
      and n.received_on between p.p_from and p.p_to
    group by p.label, n.source
    order by p.label, n.source`,
  );
}
