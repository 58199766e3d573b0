import { z } from 'zod';
import { type IsoDate, IsoDateSchema, parseDayNumber } from './dates';
import { StaircaseError, type ValidationIssue } from './errors';
import type { Staircase } from './schema';
import { indexStaircase } from './staircase-index';

/**
 * Zod schema for one intervention in a child's history: a catalogue code, the first
 * day, and the last day (inclusive); no `end` (or `null`) means it is still active.
 * It checks the shape and dates only; codes are checked against a staircase by
 * {@link resolveHistory} (and so by every function that takes a history).
 *
 * @example
 * ```ts
 * const record = InterventionRecordSchema.parse(JSON.parse(body));
 * ```
 */
export const InterventionRecordSchema = z.object({
  id: z.string().min(1).max(128).optional(),
  code: z.string().min(1).max(64),
  start: IsoDateSchema,
  end: IsoDateSchema.nullish(),
});

/**
 * One intervention in a child's history; see {@link InterventionRecordSchema}.
 *
 * @example
 * ```ts
 * const history: InterventionRecord[] = [
 *   { id: 'a1', code: 'residential-home', start: '2024-01-10', end: '2024-04-30' },
 *   { code: 'foster-family', start: '2024-05-01' }, // still active
 * ];
 * ```
 */
export interface InterventionRecord {
  /** Optional identifier, carried through to results. */
  id?: string;
  /** Catalogue code of the intervention. */
  code: string;
  /** First day (ISO date). */
  start: IsoDate;
  /** Last day, inclusive (ISO date); absent or `null` while still active. */
  end?: IsoDate | null;
}

/**
 * An intervention resolved against a staircase: day numbers and step rank.
 *
 * @example
 * ```ts
 * const [item] = resolveHistory(defaultStaircase, [{ code: 'foster-family', start: '1970-01-02' }]);
 * // { record: {…}, startDay: 1, endDay: Infinity, rank: 5 }
 * ```
 */
export interface ResolvedIntervention {
  /** The record as given. */
  record: InterventionRecord;
  /** First day as a day number. */
  startDay: number;
  /** Last day as a day number; `Infinity` while active. */
  endDay: number;
  /** Rank of the intervention's step. */
  rank: number;
}

/**
 * Checks a child's history against a staircase and resolves it to day numbers and
 * ranks. Unknown codes, invalid dates and an end before the start are reported
 * together in one {@link StaircaseError}.
 *
 * @example
 * ```ts
 * resolveHistory(defaultStaircase, [{ code: 'foster-family', start: '2024-01-01' }])[0].rank; // 5
 * ```
 */
export function resolveHistory(
  staircase: Staircase,
  interventions: readonly InterventionRecord[],
): ResolvedIntervention[] {
  const { rankByCode } = indexStaircase(staircase);
  const issues: ValidationIssue[] = [];
  const resolved: ResolvedIntervention[] = [];
  if (!Array.isArray(interventions)) {
    throw new StaircaseError(
      [{ path: [], message: 'interventions must be an array' }],
      'Invalid history',
    );
  }
  interventions.forEach((record, index) => {
    const rank = rankByCode.get(record?.code);
    if (rank === undefined) {
      issues.push({
        path: [index, 'code'],
        message: 'unknown intervention code',
        value: record?.code,
      });
    }
    const startDay = parseDayNumber(record?.start);
    if (startDay === undefined) {
      issues.push({
        path: [index, 'start'],
        message: 'must be a calendar date written as YYYY-MM-DD',
        value: record?.start,
      });
    }
    let endDay = Number.POSITIVE_INFINITY;
    if (record?.end !== undefined && record.end !== null) {
      const parsed = parseDayNumber(record.end);
      if (parsed === undefined) {
        issues.push({
          path: [index, 'end'],
          message: 'must be a calendar date written as YYYY-MM-DD',
          value: record.end,
        });
      } else if (startDay !== undefined && parsed < startDay) {
        issues.push({ path: [index, 'end'], message: 'ends before it starts', value: record.end });
      } else {
        endDay = parsed;
      }
    }
    if (rank !== undefined && startDay !== undefined)
      resolved.push({ record, startDay, endDay, rank });
  });
  if (issues.length > 0) throw new StaircaseError(issues, 'Invalid intervention history');
  return resolved;
}
