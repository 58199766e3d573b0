import type { SeededRandom as Random } from '@trappen/staircase';
import { addDays, type IsoDate, type Staircase } from '@trappen/staircase';
import { PROVIDERS } from './names';

/** One generated intervention (dates inclusive; `end` null while active). */
export interface GeneratedIntervention {
  code: string;
  rank: number;
  start: IsoDate;
  end: IsoDate | null;
  plannedEnd: IsoDate;
  provider: string;
  dailyRate: number;
}

/** One generated follow-up. */
export interface GeneratedFollowUp {
  interventionIndex: number;
  date: IsoDate;
  outcome: 'continue' | 'stepDown' | 'stepUp' | 'end';
  childHeard: boolean;
  nextDate: IsoDate | null;
}

/** The reform's effect on practice, per era (fewer placements, more moves down). */
const ERA = {
  before: {
    firstRank: [
      [2, 15],
      [3, 35],
      [4, 4],
      [5, 16],
      [6, 30],
    ] as const,
    placedRank: [
      [4, 10],
      [5, 35],
      [6, 55],
    ] as const,
    down: 0.3,
    up: 0.3,
    stay: [120, 600] as const,
    institutionStay: [240, 720] as const,
    followUpDays: 182,
    missedFollowUp: 0.3,
    childHeard: 0.5,
  },
  after: {
    firstRank: [
      [2, 30],
      [3, 40],
      [4, 10],
      [5, 12],
      [6, 8],
    ] as const,
    placedRank: [
      [4, 30],
      [5, 52],
      [6, 18],
    ] as const,
    down: 0.55,
    up: 0.15,
    stay: [90, 420] as const,
    institutionStay: [60, 180] as const,
    followUpDays: 91,
    missedFollowUp: 0.08,
    childHeard: 0.85,
  },
};

/** Catalogue codes usable for synthetic cases, per step rank (aftercare left out). */
export function codesByRank(staircase: Staircase): Map<number, { code: string; rate: number }[]> {
  const rankOf = new Map(staircase.steps.map((step) => [step.id, step.rank]));
  const byRank = new Map<number, { code: string; rate: number }[]>();
  for (const entry of staircase.interventions) {
    const rank = rankOf.get(entry.step);
    if (rank === undefined || entry.aftercare || rank === 1) continue;
    const list = byRank.get(rank) ?? [];
    list.push({ code: entry.code, rate: entry.defaultDailyRate ?? 100 });
    byRank.set(rank, list);
  }
  return byRank;
}

function providerFor(random: Random, rank: number): string {
  if (rank <= 3) return random.pick(PROVIDERS.home);
  if (rank === 4) return random.pick(PROVIDERS.network);
  if (rank === 5) return random.pick(PROVIDERS.foster);
  return random.pick(PROVIDERS.institution);
}

/**
 * A case's interventions and follow-ups from `openedOn` to `closedOn` (or ongoing on
 * `asOf`). Before the reform children move up as often as down and stay long in
 * institutions; after it they move down more, institution stays are short, and
 * follow-ups are quarterly. `finalRank` fixes the step of an ongoing case.
 */
export function generateCaseHistory(
  random: Random,
  codes: Map<number, { code: string; rate: number }[]>,
  openedOn: IsoDate,
  closedOn: IsoDate | null,
  asOf: IsoDate,
  reformStart: IsoDate,
  finalRank: number | null,
): { interventions: GeneratedIntervention[]; followUps: GeneratedFollowUp[] } {
  const interventions: GeneratedIntervention[] = [];
  const followUps: GeneratedFollowUp[] = [];
  const last = closedOn ?? asOf;
  let cursor = openedOn;
  let rank = 0;
  while (cursor <= last) {
    const era = cursor < reformStart ? ERA.before : ERA.after;
    if (rank === 0) rank = random.weighted(era.firstRank);
    const [min, max] = rank === 6 ? era.institutionStay : era.stay;
    let end: IsoDate | null = addDays(cursor, random.int(min, max));
    if (end >= last) end = closedOn;
    const isLast = end === null || end === closedOn;
    if (isLast && finalRank !== null) rank = finalRank;
    const options = codes.get(rank) ?? [];
    const choice = random.pick(options);
    const index = interventions.length;
    interventions.push({
      code: choice.code,
      rank,
      start: cursor,
      end,
      plannedEnd: addDays(cursor, 182),
      provider: providerFor(random, rank),
      dailyRate: Math.round(choice.rate * (0.8 + random.next() * 0.5)),
    });
    const segmentEnd = end ?? asOf;
    let next = rank;
    if (!isLast) {
      const roll = random.next();
      if (roll < era.down) next = Math.max(2, rank - random.int(1, 2));
      else if (roll < era.down + era.up) next = Math.min(6, rank + 1);
    }
    for (
      let day = addDays(cursor, era.followUpDays);
      day < segmentEnd;
      day = addDays(day, era.followUpDays)
    ) {
      if (random.chance(era.missedFollowUp)) continue;
      followUps.push({
        interventionIndex: index,
        date: day,
        outcome: 'continue',
        childHeard: random.chance(era.childHeard),
        nextDate: addDays(day, era.followUpDays),
      });
    }
    if (end !== null) {
      const outcome = isLast
        ? 'end'
        : next < rank
          ? 'stepDown'
          : next > rank
            ? 'stepUp'
            : 'continue';
      followUps.push({
        interventionIndex: index,
        date: end,
        outcome,
        childHeard: random.chance(era.childHeard),
        nextDate: isLast ? null : addDays(end, era.followUpDays),
      });
    }
    if (isLast) break;
    rank = next;
    cursor = addDays(end as IsoDate, 1);
  }
  return { interventions, followUps };
}
