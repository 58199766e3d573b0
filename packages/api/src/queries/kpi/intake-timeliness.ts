import { type Database, queryRows, sql } from '@trappen/db';
import type { KpiWindow } from './periods';

/** One year of the intake's legal clocks, before disclosure control. */
export interface IntakeTimelinessRow {
  year: number;
  /** Notifications taken in through intake (historical summary rows have no clock). */
  notifications: number;
  assessedWithin24Hours: number;
  childAssessmentsConcluded: number;
  concludedWithinDeadline: number;
}

/**
 * Per year of the window: notifications received through intake and how many were
 * assessed within their 24 hours; child assessments concluded and how many by their
 * due day (four months, or what the rules said when each started). One statement.
 */
export async function intakeTimelinessRows(
  db: Database,
  municipalityId: string,
  window: KpiWindow,
): Promise<IntakeTimelinessRow[]> {
  return queryRows<IntakeTimelinessRow>(
    db,
    sql`with years as (
      select generate_series(${window.firstYear}::int, extract(year from ${window.lastDay}::date)::int) as year
    ),
    received as (
      select extract(year from received_on)::int as year, count(*)::int as n,
        count(*) filter (where assessed_at is not null and assessed_at <= assessment_due_at)::int as in_time
      from notifications
      where municipality_id = ${municipalityId} and status <> 'historical'
        and received_on <= ${window.lastDay}::date
      group by 1
    ),
    concluded as (
      select extract(year from concluded_on)::int as year, count(*)::int as n,
        count(*) filter (where concluded_on <= due_on)::int as in_time
      from child_assessments
      where municipality_id = ${municipalityId} and concluded_on is not null
        and concluded_on <= ${window.lastDay}::date
      group by 1
    )
    select y.year, coalesce(r.n, 0) as notifications, coalesce(r.in_time, 0) as "assessedWithin24Hours",
      coalesce(c.n, 0) as "childAssessmentsConcluded", coalesce(c.in_time, 0) as "concludedWithinDeadline"
    from years y left join received r on r.year = y.year left join concluded c on c.year = y.year
    order by y.year`,
  );
}
