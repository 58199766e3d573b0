import { type ClosedDaysInput, danishDate } from '@trappen/caseload';
import { fieldError } from './intake-errors';

/** The municipality's closed days besides public holidays; none are configured yet. */
export const DEFAULT_CLOSED_DAYS: ClosedDaysInput = {};

/** Refuses an instant later than `now` (a clock cannot start in the future). */
export function notInFuture(field: string, instant: Date, now: Date): void {
  if (instant.getTime() > now.getTime() + 60_000) {
    throw fieldError(field, {
      da: `Tidspunktet ${instant.toISOString()} ligger i fremtiden.`,
      en: `The time ${instant.toISOString()} is in the future.`,
    });
  }
}

/** Whole years from `birthDate` to the Danish day of `at` (0 for a child not yet born). */
export function ageOn(birthDate: string, at: Date): number {
  const day = danishDate(at);
  let age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (day.slice(5) < birthDate.slice(5)) age -= 1;
  return Math.max(0, age);
}
