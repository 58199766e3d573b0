import { type Database, queryRows, sql } from '@trappen/db';
import type { ChildHistory } from '@trappen/savings';
import type { IsoDate } from '@trappen/staircase';

/**
 * The municipality's intervention histories overlapping `from`..`to`, in one query,
 * as `@trappen/savings` estimates from them. Child ids are replaced by opaque labels:
 * the flow model needs only who-had-what-when, never who the child is.
 */
export async function loadChildHistories(
  db: Database,
  municipalityId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<ChildHistory[]> {
  const rows = await queryRows<{
    child_id: string;
    code: string;
    start: string;
    end: string | null;
    rate: number | null;
  }>(
    db,
    sql`select child_id::text, code, start_date::text as start, end_date::text as "end",
      daily_rate::float8 as rate
    from interventions where municipality_id = ${municipalityId}
      and start_date <= ${to}::date and coalesce(end_date, 'infinity'::date) >= ${from}::date
    order by child_id`,
  );
  const byChild = new Map<string, ChildHistory['interventions'][number][]>();
  for (const row of rows) {
    const list = byChild.get(row.child_id) ?? [];
    list.push({ code: row.code, start: row.start, end: row.end, dailyRate: row.rate ?? undefined });
    byChild.set(row.child_id, list);
  }
  return [...byChild].map(([childId, interventions], index) => ({
    childId: `c${index}-${childId.slice(0, 4)}`,
    interventions,
  }));
}
