import { type Database, queryRows, sql } from '@trappen/db';
import type { KpiInput } from '@trappen/kpi';
import type { Staircase } from '@trappen/staircase';

/**
 * Test support: reads a municipality's rows from the database into `@trappen/kpi`'s
 * `KpiInput`, so the TypeScript reference runs on exactly what the SQL reads. A
 * child's team is the team of its latest case, as the SQL defines it.
 */
export async function readKpiInput(
  db: Database,
  municipalityId: string,
  staircase: Staircase,
): Promise<KpiInput> {
  const m = municipalityId;
  const caseworkers = await queryRows<{
    id: string;
    team: string;
    fte: number;
    leave_from: string | null;
    leave_to: string | null;
  }>(
    db,
    sql`select id::text, team_id::text as team, fte, leave_from::text, leave_to::text
    from caseworkers where municipality_id = ${m} order by id`,
  );
  const children = await queryRows<{ id: string; team: string | null }>(
    db,
    sql`select ch.id::text, (select c.team_id::text from cases c where c.child_id = ch.id
      order by c.opened_on desc, c.id desc limit 1) as team
    from children ch where ch.municipality_id = ${m} order by ch.id`,
  );
  const cases = await queryRows<{
    id: string;
    childId: string;
    opened: string;
    closed: string | null;
  }>(
    db,
    sql`select id::text, child_id::text as "childId", opened_on::text as opened, closed_on::text as closed
    from cases where municipality_id = ${m} order by child_id, id`,
  );
  const assignments = await queryRows<{
    childId: string;
    caseworkerId: string;
    from: string;
    to: string | null;
  }>(
    db,
    sql`select c.child_id::text as "childId", a.caseworker_id::text as "caseworkerId",
      a.from_date::text as "from", a.to_date::text as "to"
    from case_assignments a join cases c on c.id = a.case_id
    where a.municipality_id = ${m} order by c.child_id, a.id`,
  );
  const interventions = await queryRows<{
    id: string;
    childId: string;
    code: string;
    start: string;
    end: string | null;
  }>(
    db,
    sql`select id::text, child_id::text as "childId", code, start_date::text as start, end_date::text as "end"
    from interventions where municipality_id = ${m} order by child_id, id`,
  );
  const followUps = await queryRows<{ interventionId: string; date: string }>(
    db,
    sql`select intervention_id::text as "interventionId", date::text as date
    from follow_ups where municipality_id = ${m} and intervention_id is not null
    order by intervention_id, date`,
  );
  const notifications = await queryRows<{
    id: string;
    received: string;
    ageAtReceipt: number;
    source: string;
    childId: string | null;
  }>(
    db,
    sql`select id::text, received_on::text as received, child_age as "ageAtReceipt", source,
      child_id::text as "childId"
    from notifications where municipality_id = ${m} order by id`,
  );
  const money = await queryRows<{ account: string; year: number; spend: number; budget: number }>(
    db,
    sql`select account::text, year, spend::float8 as spend, budget::float8 as budget
    from budget_entries where municipality_id = ${m} order by year, account`,
  );
  return {
    staircase,
    caseworkers: caseworkers.map((w) => ({
      id: w.id,
      team: w.team,
      fte: Number(w.fte),
      leave: w.leave_from ? [{ from: w.leave_from, to: w.leave_to }] : [],
    })),
    children: children.map((c) => ({ id: c.id, team: c.team })),
    cases,
    assignments,
    interventions,
    followUps,
    notifications,
    spend: money.map((r) => ({ account: r.account, year: r.year, amount: r.spend })),
    budget: money.map((r) => ({ account: r.account, year: r.year, amount: r.budget })),
  };
}
