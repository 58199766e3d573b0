import { type SQL, sql } from '@trappen/db';
import type { IsoDate } from '@trappen/staircase';

/** The reporting window: calendar years and quarters from `firstYear` that end by `lastDay`. */
export interface KpiWindow {
  /** First calendar year reported. */
  firstYear: number;
  /** Last day a reported period may end on (periods still running are left out). */
  lastDay: IsoDate;
}

/**
 * `periods` as a CTE body: one row per calendar year and quarter in the window
 * (`label` `2018` / `2018-Q2`, `kind`, `p_from`, `p_to`, both days inclusive).
 */
export function periodsSql(window: KpiWindow): SQL {
  const lastYear = Number(window.lastDay.slice(0, 4));
  return sql`select * from (
    select y::text as label, 'year'::text as kind, make_date(y, 1, 1) as p_from, make_date(y, 12, 31) as p_to
    from generate_series(${window.firstYear}::int, ${lastYear}::int) as y
    union all
    select y::text || '-Q' || q::text, 'quarter', make_date(y, 3 * q - 2, 1),
      (make_date(y, 3 * q - 2, 1) + interval '3 months' - interval '1 day')::date
    from generate_series(${window.firstYear}::int, ${lastYear}::int) as y
    cross join generate_series(1, 4) as q
  ) as all_periods where p_to <= ${window.lastDay}::date`;
}
