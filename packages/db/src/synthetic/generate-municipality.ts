import type { SeededRandom as Random } from '@trappen/staircase';
import {
  addDays,
  addMonths,
  defaultStaircase,
  type IsoDate,
  type Staircase,
  toDayNumber,
} from '@trappen/staircase';
import { caseSummary } from '../case-summary';
import type * as schema from '../schema/index';
import { codesByRank, type GeneratedIntervention, generateCaseHistory } from './case-history';
import { slugOf } from './demo-users';
import { FIRST_NAMES, PLAN_GOALS, SURNAMES } from './names';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Every row of one synthetic municipality, ready for batch inserts (in this order). */
export interface MunicipalityRows {
  municipality: Insert<typeof schema.municipalities>;
  teams: Insert<typeof schema.teams>[];
  caseworkers: Insert<typeof schema.caseworkers>[];
  staircase: Insert<typeof schema.staircases>;
  ruleSet: Insert<typeof schema.ruleSets>;
  children: Insert<typeof schema.children>[];
  cases: Insert<typeof schema.cases>[];
  caseAssignments: Insert<typeof schema.caseAssignments>[];
  interventions: Insert<typeof schema.interventions>[];
  followUps: Insert<typeof schema.followUps>[];
  actionPlans: Insert<typeof schema.actionPlans>[];
  planPublications: Insert<typeof schema.planPublications>[];
  guardians: Insert<typeof schema.guardians>[];
  notifications: Insert<typeof schema.notifications>[];
  budgetEntries: Insert<typeof schema.budgetEntries>[];
}

/** What to generate for one municipality. */
export interface MunicipalityPlan {
  name: string;
  code: string;
  inhabitants: number;
  /** Open cases on `asOf` (Eksempelby: 375, so about 25 per caseworker). */
  openCases: number;
  /** Of the open cases, how many are placements (Eksempelby: 120). */
  placed: number;
  /** Cases closed in the last twelve months (Eksempelby: 75, so 450 children had measures). */
  closedLastYear: number;
  /** Caseworkers before the reform / from the reform on (Eksempelby: 10 / 15). */
  caseworkersBefore: number;
  caseworkersAfter: number;
  /** Multiplies the historical volume (closed cases, notifications). */
  volume: number;
  reformStart: IsoDate;
  historyStart: IsoDate;
  asOf: IsoDate;
}

const TEAM_NAMES = ['Team Nord', 'Team Syd', 'Team Vest', 'Team Øst', 'Team Midt'];
const NOTIFICATION_SOURCES = [
  ['school', 30],
  ['dayCare', 14],
  ['police', 16],
  ['health', 10],
  ['hospital', 6],
  ['family', 10],
  ['anonymous', 8],
  ['other', 6],
] as const;
const CASEWORKER_SALARY = 420_000;

function fullName(random: Random, surname?: string): string {
  return `${random.pick(FIRST_NAMES)} ${surname ?? random.pick(SURNAMES)}`;
}

/**
 * A staff address as municipalities write them, `fornavn.efternavn@kommune.dk`
 * (`Lærke Sørensen` in Eksempelby → `laerke.sorensen@eksempelby.dk`), with a number
 * only when the name is taken. Records it in `taken`.
 */
export function staffEmail(name: string, municipality: string, taken: Set<string>): string {
  const local = name.split(/\s+/).map(slugOf).filter(Boolean).join('.');
  const domain = `${slugOf(municipality)}.dk`;
  let email = `${local}@${domain}`;
  for (let n = 2; taken.has(email); n += 1) email = `${local}${n}@${domain}`;
  taken.add(email);
  return email;
}

function dayBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, random.int(0, Math.max(0, toDayNumber(to) - toDayNumber(from))));
}

function overlapDays(
  item: GeneratedIntervention,
  yearStart: IsoDate,
  yearEnd: IsoDate,
  asOf: IsoDate,
): number {
  const from = item.start > yearStart ? item.start : yearStart;
  const endOrToday = item.end ?? asOf;
  const to = endOrToday < yearEnd ? endOrToday : yearEnd;
  return to < from ? 0 : toDayNumber(to) - toDayNumber(from) + 1;
}

/**
 * Generates one municipality: teams, caseworkers, children with cases, interventions,
 * follow-ups, caseworker history, plans, guardians, notifications and spend. Pure and
 * deterministic for a given `random`.
 */
export function generateMunicipality(random: Random, plan: MunicipalityPlan): MunicipalityRows {
  const staircase: Staircase = defaultStaircase;
  const codes = codesByRank(staircase);
  const municipalityId = random.uuid();
  const m = municipalityId;
  const { asOf, reformStart, historyStart } = plan;

  // At least two teams, so team scoping is visible even in tiny test municipalities.
  const teamCount = Math.max(2, Math.round(plan.caseworkersAfter / 5));
  const teams = Array.from({ length: teamCount }, (_, i) => ({
    id: random.uuid(),
    municipalityId: m,
    name: TEAM_NAMES[i] ?? `Team ${i + 1}`,
  }));
  const caseworkers: MunicipalityRows['caseworkers'] = [];
  const emails = new Set<string>();
  for (let i = 0; i < plan.caseworkersAfter; i += 1) {
    const veteran = i < plan.caseworkersBefore;
    const name = fullName(random);
    const team = teams[i % teamCount] as (typeof teams)[number];
    caseworkers.push({
      id: random.uuid(),
      municipalityId: m,
      teamId: team.id,
      name,
      email: staffEmail(name, plan.name, emails),
      phone: `+45 ${random.int(20, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`,
      fte: random.chance(0.15) ? 0.8 : 1,
      startedOn: veteran ? '2012-08-01' : reformStart,
      endedOn: null,
      leaveFrom: i === 4 ? addDays(asOf, -20) : null,
      leaveTo: i === 4 ? addDays(asOf, 40) : null,
    });
  }
  // Per team, in the order of `caseworkers`, so picks draw the same as a full filter.
  const teamMembers = new Map(
    teams.map((team) => [team.id, caseworkers.filter((c) => c.teamId === team.id)]),
  );
  const caseworkersOf = (teamId: string, on: IsoDate) =>
    (teamMembers.get(teamId) ?? []).filter((c) => c.startedOn <= on);

  const rows: MunicipalityRows = {
    municipality: {
      id: m,
      code: plan.code,
      name: plan.name,
      inhabitants: plan.inhabitants,
      reformStart,
    },
    teams,
    caseworkers,
    staircase: { municipalityId: m, definition: staircase },
    ruleSet: {
      municipalityId: m,
      caseloadNorm: { municipality: { target: 25, max: 30 }, teams: {} },
      rules: {},
    },
    children: [],
    cases: [],
    caseAssignments: [],
    interventions: [],
    followUps: [],
    actionPlans: [],
    planPublications: [],
    guardians: [],
    notifications: [],
    budgetEntries: [],
  };

  // Caseload "slots": each slot is a chain of consecutive cases, built backwards from
  // today, so the number of open cases is steady over time. Slots that end around the
  // reform make the count fall from about 400 to the open cases of today.
  const lastYear = addDays(asOf, -365);
  const specs: { opened: IsoDate; closed: IsoDate | null; finalRank: number | null }[] = [];
  const chainBack = (closed: IsoDate) => {
    let close = closed;
    while (close > historyStart) {
      const [min, max] = close < reformStart ? [300, 1100] : [200, 900];
      let opened = addDays(close, -random.int(min, max));
      if (opened < historyStart) opened = historyStart;
      specs.push({ opened, closed: close, finalRank: null });
      const gap = random.int(1, 60);
      // Only the designated cases may close within the last year.
      close = addDays(opened < lastYear ? opened : lastYear, -gap);
    }
  };
  for (let i = 0; i < plan.openCases; i += 1) {
    const closesLastYear = i >= plan.openCases - plan.closedLastYear;
    const opened = closesLastYear
      ? dayBetween(random, addDays(lastYear, 30), addDays(asOf, -20))
      : dayBetween(random, addDays(historyStart, 400), addDays(asOf, -20));
    const finalRank = i < plan.placed ? random.weighted(ERA_PLACED) : random.int(2, 3);
    specs.push({ opened, closed: null, finalRank });
    const previousClose = closesLastYear
      ? dayBetween(random, lastYear, addDays(opened, -1))
      : addDays(opened < lastYear ? opened : lastYear, -random.int(1, 60));
    chainBack(previousClose);
  }
  const endingSlots = Math.round(plan.caseworkersBefore * 40 - plan.openCases);
  for (let i = 0; i < endingSlots; i += 1) {
    chainBack(dayBetween(random, addDays(reformStart, -180), addMonths(reformStart, 18)));
  }

  const load = new Map<string, number>();
  const spendByYear = new Map<number, number>();
  const firstYear = Number(historyStart.slice(0, 4));
  const lastYearNumber = Number(asOf.slice(0, 4));

  specs.forEach((spec, index) => {
    const childId = random.uuid();
    const caseId = random.uuid();
    const surname = random.pick(SURNAMES);
    const ageAtOpening = random.int(0, 16);
    const birthDate = addDays(spec.opened, -(ageAtOpening * 365 + random.int(0, 364)));
    rows.children.push({
      id: childId,
      municipalityId: m,
      reference: `B-${String(index + 1).padStart(5, '0')}`,
      name: fullName(random, surname),
      birthDate,
      cpr: null,
    });
    const guardianCount = random.chance(0.6) ? 2 : 1;
    for (let g = 0; g < guardianCount; g += 1) {
      rows.guardians.push({
        id: random.uuid(),
        municipalityId: m,
        childId,
        userId: null,
        name: fullName(random, surname),
        relation: g === 0 ? 'mother' : 'father',
      });
    }

    const team = random.pick(teams);
    // Caseworker history: frequent changes before the reform, few after it.
    let caseworkerId = '';
    let from = spec.opened;
    const end = spec.closed ?? asOf;
    while (from <= end) {
      const era = from < reformStart ? 'before' : 'after';
      const stay = era === 'before' ? random.int(150, 420) : random.int(500, 1500);
      let to: IsoDate | null = addDays(from, stay);
      const crossesReform = from < reformStart && to >= reformStart;
      if (crossesReform && random.chance(0.5)) to = addDays(reformStart, -1);
      if (to >= end) to = spec.closed;
      const pool = caseworkersOf(team.id, from);
      let chosen = random.pick(pool.length > 0 ? pool : caseworkers);
      if (to === null) {
        // The current caseworker: the least loaded of the team, so caseloads stay near the norm.
        const current = caseworkersOf(team.id, asOf).sort(
          (a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) + (random.next() - 0.5) * 6,
        );
        chosen = current[0] ?? chosen;
        load.set(chosen.id, (load.get(chosen.id) ?? 0) + 1);
      }
      caseworkerId = chosen.id as string;
      rows.caseAssignments.push({
        id: random.uuid(),
        municipalityId: m,
        caseId,
        caseworkerId,
        fromDate: from,
        toDate: to,
      });
      if (to === null) break;
      from = addDays(to, 1);
    }

    const history = generateCaseHistory(
      random,
      codes,
      spec.opened,
      spec.closed,
      asOf,
      reformStart,
      spec.finalRank,
    );
    const interventionIds = history.interventions.map(() => random.uuid());
    history.interventions.forEach((item, i) => {
      rows.interventions.push({
        id: interventionIds[i] as string,
        municipalityId: m,
        caseId,
        childId,
        code: item.code,
        startDate: item.start,
        plannedEnd: item.plannedEnd,
        endDate: item.end,
        provider: item.provider,
        dailyRate: item.dailyRate,
      });
      for (
        let year = Number(item.start.slice(0, 4));
        year <= Number((item.end ?? asOf).slice(0, 4));
        year += 1
      ) {
        const days = overlapDays(item, `${year}-01-01`, `${year}-12-31`, asOf);
        spendByYear.set(year, (spendByYear.get(year) ?? 0) + days * item.dailyRate);
      }
    });
    for (const followUp of history.followUps) {
      rows.followUps.push({
        id: random.uuid(),
        municipalityId: m,
        caseId,
        interventionId: interventionIds[followUp.interventionIndex] as string,
        date: followUp.date,
        outcome: followUp.outcome,
        childHeard: followUp.childHeard,
        nextDate: followUp.nextDate,
        note: '',
      });
    }
    const summary =
      spec.closed === null
        ? caseSummary(
            staircase,
            history.interventions.map((item) => ({
              code: item.code,
              start: item.start,
              end: item.end,
            })),
            history.followUps,
            asOf,
          )
        : null;
    rows.cases.push({
      id: caseId,
      municipalityId: m,
      childId,
      status: spec.closed === null ? 'open' : 'closed',
      openedOn: spec.opened,
      closedOn: spec.closed,
      caseworkerId,
      teamId: team.id,
      currentStepId: summary?.currentStepId ?? null,
      currentStepRank: summary?.currentStepRank ?? null,
      stepSince: summary?.stepSince ?? null,
      nextFollowUp: summary?.nextFollowUp ?? null,
      nextDeadline: summary?.nextDeadline ?? null,
    });

    if (spec.closed === null && summary?.stepSince) {
      const planId = random.uuid();
      const goals = [random.pick(PLAN_GOALS), random.pick(PLAN_GOALS)].filter(
        (g, i, all) => all.indexOf(g) === i,
      );
      const stepName = staircase.steps.find((s) => s.id === summary.currentStepId)?.name.da ?? '';
      const plan = {
        purpose: `At støtte barnet i at trives og komme et trin ned ad trappen (nu: ${stepName.toLowerCase()}).`,
        goals,
        timeFrameFrom: summary.stepSince,
        timeFrameTo: addMonths(summary.stepSince, 6),
      };
      rows.actionPlans.push({
        id: planId,
        municipalityId: m,
        caseId,
        childId,
        ...plan,
        version: 1,
      });
      if (random.chance(0.65)) {
        rows.planPublications.push({
          id: random.uuid(),
          municipalityId: m,
          planId,
          childId,
          planVersion: 1,
          ...plan,
          publishedAt: new Date(`${summary.stepSince}T10:00:00Z`),
        });
      }
    }
  });

  // Notifications of concern: rising in number, with a growing share about young children.
  for (let year = firstYear; year <= lastYearNumber; year += 1) {
    const progress = (year - firstYear) / Math.max(1, lastYearNumber - firstYear);
    const count = Math.round((250 + 250 * progress) * plan.volume);
    const underEight = 0.3 + 0.15 * progress;
    const yearEnd = year === lastYearNumber ? asOf : `${year}-12-31`;
    for (let i = 0; i < count; i += 1) {
      rows.notifications.push({
        id: random.uuid(),
        municipalityId: m,
        childId: null,
        receivedOn: dayBetween(random, `${year}-01-01`, yearEnd),
        childAge: random.chance(underEight) ? random.int(0, 7) : random.int(8, 17),
        source: random.weighted(NOTIFICATION_SOURCES),
      });
    }
    // Measures spend follows the generated interventions; administration follows staffing.
    const measures = Math.round(spendByYear.get(year) ?? 0);
    const staff =
      year < Number(reformStart.slice(0, 4)) ? plan.caseworkersBefore : plan.caseworkersAfter;
    const administration = staff * CASEWORKER_SALARY + 1_000_000;
    rows.budgetEntries.push(
      {
        id: random.uuid(),
        municipalityId: m,
        year,
        account: 'measures',
        budget: Math.round((measures * (year < 2017 ? 0.93 : 1.02)) / 1000) * 1000,
        spend: measures,
      },
      {
        id: random.uuid(),
        municipalityId: m,
        year,
        account: 'administration',
        budget: Math.round(administration / 1000) * 1000,
        spend: Math.round(administration * (0.98 + random.next() * 0.04)),
      },
    );
  }
  return rows;
}

const ERA_PLACED = [
  [4, 30],
  [5, 52],
  [6, 18],
] as const;
