import type { Assignment, Case, Caseworker, FollowUp, Intervention } from '@trappen/caseload';
import {
  defaultStaircase,
  fromDayNumber,
  fromZodIssues,
  seededRandom,
  toDayNumber,
} from '@trappen/staircase';
import { z } from 'zod';
import { KpiError } from '../errors';
import type { AccountAmount, KpiChild, KpiInput, Notification } from '../input';

/**
 * Options for {@link generateKpiInput}.
 *
 * @example
 * ```ts
 * const options: GenerateOptions = { seed: 7, children: 200 };
 * ```
 */
export interface GenerateOptions {
  /** Seed: the same seed and options give the same input. */
  seed: number;
  /** Number of children. */
  children: number;
  /** First calendar year of the data (default 2014). */
  firstYear?: number;
  /** Last calendar year of the data (default 2019). */
  lastYear?: number;
}

/**
 * Named sizes for SQL-versus-TypeScript tests.
 *
 * @example
 * ```ts
 * generateKpiInput({ seed: 1, children: GENERATOR_SIZES.medium });
 * ```
 */
export const GENERATOR_SIZES = { tiny: 12, small: 60, medium: 400, large: 3000 } as const;

const OptionsSchema = z
  .object({
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    children: z.number().int().min(1).max(100_000),
    firstYear: z.number().int().min(1900).max(2200).optional(),
    lastYear: z.number().int().min(1900).max(2200).optional(),
  })
  .refine((o) => (o.firstYear ?? 2014) <= (o.lastYear ?? 2019), {
    path: ['lastYear'],
    message: 'must not be before firstYear',
  });

const TEAMS = ['north', 'south', 'west'] as const;
const DISTRICTS = ['pilot', 'comparison'] as const;
const SOURCES = ['school', 'day-care', 'police', 'health', 'private', 'other'] as const;
const ACCOUNTS = ['SO16', 'SO20', '5.28.20', '6.45.51'] as const;
const codes = defaultStaircase.interventions.map((entry) => entry.code);
const placementCodes = defaultStaircase.interventions
  .filter((entry) => entry.placementType)
  .map((entry) => entry.code);

/**
 * A synthetic municipality's case data for tests: children in two districts and three
 * teams, cases, assignments, intervention histories on the default staircase (about
 * a third with placements), follow-ups (some late or missing), notifications, and
 * spend and budget per account and year. Deterministic for a seed; no clock, no
 * I/O. Invented data: never real children.
 *
 * @example
 * ```ts
 * const input = generateKpiInput({ seed: 42, children: 400 });
 * placedChildren(input, yearPeriod(2018)).value.count; // the same on every run
 * ```
 */
export function generateKpiInput(options: GenerateOptions): KpiInput {
  const parsed = OptionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success)
    throw new KpiError(fromZodIssues(parsed.error.issues), 'Invalid generator options');
  const random = seededRandom(options.seed);
  const firstYear = options.firstYear ?? 2014;
  const lastYear = options.lastYear ?? 2019;
  const first = toDayNumber(`${firstYear}-01-01`);
  const last = toDayNumber(`${lastYear}-12-31`);
  const day = (from: number, to: number): string =>
    fromDayNumber(random.int(from, Math.max(from, to)));

  const caseworkers: Caseworker[] = [];
  const workerCount = Math.max(1, Math.ceil(options.children / 25));
  for (let k = 0; k < workerCount; k += 1) {
    const worker: Caseworker = {
      id: `cw-${k}`,
      team: TEAMS[k % TEAMS.length] as string,
      fte: random.chance(0.2) ? 0.5 : 1,
    };
    if (random.chance(0.1)) {
      const from = random.int(first, last);
      worker.leave = [{ from: fromDayNumber(from), to: fromDayNumber(from + random.int(14, 200)) }];
    }
    caseworkers.push(worker);
  }

  const children: KpiChild[] = [];
  const cases: Case[] = [];
  const assignments: Assignment[] = [];
  const interventions: Intervention[] = [];
  const followUps: FollowUp[] = [];
  const notifications: Notification[] = [];
  for (let k = 0; k < options.children; k += 1) {
    const id = `child-${k}`;
    const child: KpiChild = { id };
    if (!random.chance(0.1)) child.district = random.pick(DISTRICTS);
    if (!random.chance(0.1)) child.team = random.pick(TEAMS);
    children.push(child);
    const opened = random.int(first - 200, last - 30);
    const closed = random.chance(0.4) ? random.int(opened + 30, last + 200) : null;
    cases.push({
      id: `case-${k}`,
      childId: id,
      opened: fromDayNumber(opened),
      closed: closed === null ? null : fromDayNumber(closed),
    });
    const worker = random.pick(caseworkers);
    const switchDay = random.chance(0.3) ? random.int(opened + 1, last) : null;
    assignments.push({
      childId: id,
      caseworkerId: worker.id,
      from: fromDayNumber(opened),
      to: switchDay === null ? null : fromDayNumber(switchDay - 1),
    });
    if (switchDay !== null)
      assignments.push({
        childId: id,
        caseworkerId: random.pick(caseworkers).id,
        from: fromDayNumber(switchDay),
      });
    notifications.push({
      id: `n-${k}`,
      childId: id,
      received: fromDayNumber(Math.max(first, opened - random.int(0, 60))),
      ageAtReceipt: random.int(0, 17),
      source: random.pick(SOURCES),
    });

    let start = opened + random.int(0, 60);
    const count = random.int(0, 4);
    const placed = random.chance(0.35);
    for (let n = 0; n < count && start <= last; n += 1) {
      const code = placed && random.chance(0.6) ? random.pick(placementCodes) : random.pick(codes);
      const length = random.int(20, 700);
      const end = random.chance(0.25) ? null : start + length;
      const interventionId = `i-${k}-${n}`;
      interventions.push({
        id: interventionId,
        childId: id,
        code,
        start: fromDayNumber(start),
        end: end === null ? null : fromDayNumber(end),
      });
      // Follow-ups roughly quarterly, sometimes late, sometimes missing.
      let f = start + random.int(60, 110);
      while (f <= Math.min(end ?? last, last)) {
        if (!random.chance(0.15)) followUps.push({ interventionId, date: fromDayNumber(f) });
        f += random.int(60, 120);
      }
      // The next intervention overlaps (a step up) or follows (a step down).
      start = random.chance(0.3)
        ? start + random.int(1, length)
        : start + length + random.int(1, 90);
    }
  }
  for (let k = 0; k < options.children; k += 1) {
    // Notifications about children never known to the services.
    notifications.push({
      id: `n-x-${k}`,
      received: day(first, last),
      ageAtReceipt: random.int(0, 17),
      source: random.pick(SOURCES),
      district: random.chance(0.8) ? random.pick(DISTRICTS) : null,
    });
  }

  const spend: AccountAmount[] = [];
  const budget: AccountAmount[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const account of ACCOUNTS) {
      const planned = random.int(10, 400) * 10_000 * Math.max(1, Math.round(options.children / 50));
      if (!(account === '6.45.51' && year === firstYear))
        budget.push({ account, year, amount: planned });
      spend.push({ account, year, amount: Math.round(planned * (0.8 + random.next() * 0.4)) });
    }
  }
  return {
    caseworkers,
    children,
    cases,
    assignments,
    interventions,
    followUps,
    notifications,
    spend,
    budget,
  };
}
