/**
 * Benchmark: `deadlines` + `caseloads` for one date on a synthetic municipality
 * (6,000 open cases, 20,000 interventions, 250 caseworkers), against floors measured
 * in the same run, and at half size to show linear growth.
 * Run: `cd /work/main && node --import tsx packages/caseload/bench/caseload.bench.ts`
 */
import { addDays, defaultStaircase, toDayNumber } from '@trappen/staircase';
import { type BenchFigure, measure, quick, report, type Timing } from '../../../bench/kit.ts';
import {
  type CaseloadInput,
  caseloads,
  deadlines,
  defaultFollowUpRules,
  type Intervention,
} from '../src/index.ts';

/** mulberry32: a small seeded PRNG, so every run measures the same municipality. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AS_OF = '2024-10-01';
const START = '2021-01-01';
const CODES = defaultStaircase.interventions.map((entry) => entry.code);

/** A deterministic municipality of the given size. */
export function syntheticMunicipality(
  openCases: number,
  interventionCount: number,
  caseworkerCount: number,
  seed = 42,
): CaseloadInput {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const day = (from: number, span: number) => addDays(START, from + int(span));
  const horizon = toDayNumber(AS_OF) - toDayNumber(START);

  const caseworkers = Array.from({ length: caseworkerCount }, (_, k) => ({
    id: `cw-${k}`,
    team: `team-${k % 10}`,
    fte: [1, 1, 1, 0.8, 0.5][int(5)] as number,
    leave: random() < 0.05 ? [{ from: day(horizon - 30, 20), to: day(horizon, 60) }] : [],
  }));
  const children = Array.from({ length: openCases }, (_, k) => ({ id: `child-${k}` }));
  const cases = children.map((child, k) => ({
    id: `case-${k}`,
    childId: child.id,
    opened: day(0, horizon - 60),
    closed: null,
  }));
  const assignments = cases.flatMap((c) => {
    const first = `cw-${int(caseworkerCount)}`;
    if (random() < 0.7) return [{ childId: c.childId, caseworkerId: first, from: c.opened }];
    const switchDay = addDays(c.opened, 30 + int(30));
    return [
      { childId: c.childId, caseworkerId: first, from: c.opened, to: addDays(switchDay, -1) },
      { childId: c.childId, caseworkerId: `cw-${int(caseworkerCount)}`, from: switchDay },
    ];
  });
  const interventions: Intervention[] = Array.from({ length: interventionCount }, (_, k) => {
    const c = cases[k < openCases ? k : int(openCases)] as (typeof cases)[number];
    const start = addDays(c.opened, int(400));
    return {
      id: `i-${k}`,
      childId: c.childId,
      code: CODES[int(CODES.length)] as string,
      start,
      end: random() < 0.5 ? addDays(start, 30 + int(300)) : null,
    };
  });
  const followUps = interventions.flatMap((i) =>
    Array.from({ length: int(4) }, () => ({
      interventionId: i.id,
      date: addDays(i.start, 20 + int(300)),
    })),
  );
  const actionPlans = children
    .filter(() => random() < 0.9)
    .map((child) => ({ childId: child.id, date: day(0, horizon) }));
  const childAssessments = children
    .filter(() => random() < 0.5)
    .map((child) => {
      const started = day(horizon - 400, 400);
      return {
        childId: child.id,
        started,
        completed: random() < 0.7 ? addDays(started, 60 + int(90)) : null,
      };
    });
  const reassessments = children
    .filter(() => random() < 0.8)
    .map((child) => ({ childId: child.id, date: day(horizon - 250, 250) }));
  return {
    caseworkers,
    children,
    cases,
    assignments,
    interventions,
    followUps,
    actionPlans,
    childAssessments,
    reassessments,
  };
}

/** The floor: a plain loop that only reads every intervention once. */
function readFloor(input: CaseloadInput): number {
  let acc = 0;
  for (const i of input.interventions) {
    acc += i.id.length + i.childId.length + i.code.length + i.start.length + (i.end?.length ?? 0);
  }
  return acc;
}

/** A second floor: read every intervention once and turn its dates into day numbers. */
function parseFloor(input: CaseloadInput): number {
  let acc = 0;
  for (const i of input.interventions) {
    acc += i.id.length + i.childId.length + i.code.length + toDayNumber(i.start);
    if (i.end) acc += toDayNumber(i.end);
  }
  return acc;
}

function subject(input: CaseloadInput): number {
  return (
    deadlines(input, defaultFollowUpRules, AS_OF).length +
    caseloads(input, AS_OF).caseworkers.length
  );
}

const runs = quick ? 7 : 15;
const full = quick
  ? { cases: 3000, interventions: 10000, caseworkers: 125 }
  : { cases: 6000, interventions: 20000, caseworkers: 250 };
const half = {
  cases: full.cases / 2,
  interventions: full.interventions / 2,
  caseworkers: Math.round(full.caseworkers / 2),
};
const size = (s: typeof full) =>
  `${s.cases.toLocaleString('en')} cases, ${s.interventions.toLocaleString('en')} interventions, ${s.caseworkers} caseworkers`;

const big = syntheticMunicipality(full.cases, full.interventions, full.caseworkers);
const small = syntheticMunicipality(half.cases, half.interventions, half.caseworkers);
const deadlineCount = deadlines(big, defaultFollowUpRules, AS_OF).length;

// Warm the JIT on both sizes before timing either.
for (let k = 0; k < 5; k += 1) subject(small) + subject(big);
const timeBig = measure(() => subject(big), { runs, warmup: 2 });
const timeSmall = measure(() => subject(small), { runs, warmup: 2 });
const floorRead = measure(() => readFloor(big), { runs: runs * 5, warmup: 20 });
const floorParse = measure(() => parseFloor(big), { runs, warmup: 3 });
const growth = timeBig.median / timeSmall.median;

const throughput = (t: Timing) => ({
  value: (full.interventions / t.median) * 1000,
  unit: 'interventions/s',
});
const figures: BenchFigure[] = [
  {
    name: `caseload: deadlines + caseloads vs plain read loop, ${size(full)}`,
    subject: timeBig,
    baseline: floorRead,
    throughput: throughput(timeBig),
    ratio: timeBig.median / floorRead.median,
    ratioMeaning: 'time / read-only floor time (goal ≤ 3)',
    goal: { text: '≤ 3x the read-only floor', met: timeBig.median / floorRead.median <= 3 },
    notes: `${deadlineCount.toLocaleString('en')} deadlines produced; the read-only floor touches five fields of each intervention and allocates nothing, so no computation that parses dates and emits results can come near it`,
  },
  {
    name: `caseload: deadlines + caseloads vs read-and-parse-dates loop, ${size(full)}`,
    subject: timeBig,
    baseline: floorParse,
    ratio: timeBig.median / floorParse.median,
    ratioMeaning: 'time / parse floor time (goal ≤ 3)',
    goal: {
      text: '≤ 3x a loop that reads each intervention and parses its dates',
      met: timeBig.median / floorParse.median <= 3,
    },
  },
  {
    name: `caseload: linear growth, ${size(half)} → ${size(full)}`,
    subject: timeBig,
    baseline: timeSmall,
    ratio: growth,
    ratioMeaning: 'full-size time / half-size time (linear ≈ 2)',
    goal: { text: 'growth ≤ 2.5x for 2x input', met: growth <= 2.5 },
    notes: `half size median ${timeSmall.median.toFixed(1)} ms, full size ${timeBig.median.toFixed(1)} ms: ×${growth.toFixed(2)} for ×2 input`,
  },
];
report(figures);
