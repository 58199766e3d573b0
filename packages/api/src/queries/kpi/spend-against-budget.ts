import { type Database, queryRows, sql } from '@trappen/db';
import type { KpiScope } from './scope';

/** Spend and budget of one account (or all, `account` null) in a year, in DKK. */
export interface SpendRow {
  year: number;
  account: string | null;
  spend: number;
  budget: number;
}

/**
 * `@trappen/kpi`'s `spendAgainstBudget` in SQL: spend and budget per account and in
 * total (`rollup`) for every complete year of the window.
 */
export async function spendRows(db: Database, scope: KpiScope): Promise<SpendRow[]> {
  const lastYear = Number(scope.lastDay.slice(0, 4)) - (scope.lastDay.endsWith('-12-31') ? 0 : 1);
  return queryRows<SpendRow>(
    db,
    sql`select year, account::text as account, sum(spend)::float8 as spend, sum(budget)::float8 as budget
    from budget_entries
    where municipality_id = ${scope.municipalityId} and year between ${scope.firstYear} and ${lastYear}
    group by rollup (year, account)
    having grouping(year) = 0
    order by year, account nulls first`,
  );
}
