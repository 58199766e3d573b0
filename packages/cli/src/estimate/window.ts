import type { ChildHistory } from '@trappen/savings';
import { addMonths, fromDayNumber, parseDayNumber } from '@trappen/staircase';
import { CliError, EXIT } from '../cli-error';

/**
 * The observation window of an estimate: `--from`/`--to` when given, else from the first
 * day of the month of the earliest start to the latest start or end in the history.
 */
export function windowOf(
  histories: readonly ChildHistory[],
  from: string | undefined,
  to: string | undefined,
): { from: string; to: string } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const child of histories) {
    for (const record of child.interventions) {
      for (const date of [record.start, record.end]) {
        const day = typeof date === 'string' ? parseDayNumber(date) : undefined;
        if (day === undefined) continue;
        first = Math.min(first, day);
        last = Math.max(last, day);
      }
    }
  }
  const start =
    from ?? (Number.isFinite(first) ? `${fromDayNumber(first).slice(0, 7)}-01` : undefined);
  const end = to ?? (Number.isFinite(last) ? fromDayNumber(last) : undefined);
  if (start === undefined || end === undefined)
    throw new CliError('No valid dates in the history: give --from and --to', EXIT.invalidInput);
  if (
    from === undefined &&
    to === undefined &&
    (parseDayNumber(addMonths(start, 1)) as number) > (parseDayNumber(end) as number)
  )
    throw new CliError(
      `The history spans less than a month (${start} to ${end}): give a longer history or --from and --to`,
    );
  return { from: start, to: end };
}
