import { type SQL, sql } from '@trappen/db';
import type { KpiWindow } from './periods';

/**
 * Quarters as whole numbers (`year * 4 + quarter − 1`), so each row finds the periods
 * it belongs to by arithmetic instead of being joined to every period.
 */
export interface QuarterWindow {
  /** Index of the first quarter reported (Q1 of the first year). */
  first: number;
  /** Index of the last quarter that has ended by the window's last day. */
  last: number;
}

const indexOfDate = (iso: string): number => {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return year * 4 + Math.floor((month - 1) / 3);
};

/** The window's quarters as indexes (`last < first` when no quarter has ended yet). */
export function quarterWindow(window: KpiWindow): QuarterWindow {
  const next = new Date(`${window.lastDay}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  // The quarter of the day after the last day has not ended; the one before it has.
  return { first: window.firstYear * 4, last: indexOfDate(next.toISOString().slice(0, 10)) - 1 };
}

/** The quarter index of a (finite) date expression. */
export function quarterOf(date: SQL): SQL {
  return sql`(extract(year from ${date})::int * 4 + extract(quarter from ${date})::int - 1)`;
}

/**
 * First and last quarter of the window whose **last day** falls in `from`…`to` (both
 * inclusive; `to` null = open). Feed to `generate_series` for a point-in-time figure.
 */
export function quarterEndsIn(from: SQL, to: SQL, q: QuarterWindow): { first: SQL; last: SQL } {
  return {
    first: sql`greatest(${quarterOf(from)}, ${q.first}::int)`,
    // The quarter of the day after `to` ends after `to`; the one before it ends by `to`.
    last: sql`case when ${to} is null then ${q.last}::int
      else least(${quarterOf(sql`(${to} + 1)`)} - 1, ${q.last}::int) end`,
  };
}

/** Like {@link quarterEndsIn}, for quarters whose **first day** falls in `from`…`to`. */
export function quarterStartsIn(from: SQL, to: SQL, q: QuarterWindow): { first: SQL; last: SQL } {
  return {
    first: sql`greatest(${quarterOf(sql`(${from} - 1)`)} + 1, ${q.first}::int)`,
    last: sql`case when ${to} is null then ${q.last}::int
      else least(${quarterOf(to)}, ${q.last}::int) end`,
  };
}

/**
 * The periods a row of quarter index `k` counts in, as integer keys for a set-returning
 * select-list item (`unnest`): the quarter itself (`k`) and, when the row also belongs
 * to its year, the year as `−year`. `which` says which quarter stands for the year
 * (`last` for figures on the period's last day, `first` for its first day, `any` for
 * figures that add up); only years that have ended are listed. Filter out the nulls,
 * and turn keys into labels with {@link periodLabelOf} after aggregating.
 */
export function periodKeys(k: SQL, which: 'first' | 'last' | 'any', q: QuarterWindow): SQL {
  const inYear =
    which === 'last' ? sql`(${k}) % 4 = 3` : which === 'first' ? sql`(${k}) % 4 = 0` : sql`true`;
  return sql`unnest(array[(${k}), case when ${inYear} and ((${k}) / 4) * 4 + 3 <= ${q.last}::int
    then -((${k}) / 4) end])`;
}

/** The label of a period key from {@link periodKeys}: `2018-Q2` or `2018`. */
export function periodLabelOf(p: SQL): SQL {
  return sql`case when (${p}) >= 0 then ((${p}) / 4)::text || '-Q' || ((${p}) % 4 + 1)::text
    else (-(${p}))::text end`;
}

/** First day of quarter index `k` as a date. */
export function quarterStart(k: SQL): SQL {
  return sql`make_date((${k}) / 4, ((${k}) % 4) * 3 + 1, 1)`;
}

/** Last day of quarter index `k` as a date. */
export function quarterEnd(k: SQL): SQL {
  return sql`(make_date((${k} + 1) / 4, ((${k} + 1) % 4) * 3 + 1, 1) - 1)`;
}
