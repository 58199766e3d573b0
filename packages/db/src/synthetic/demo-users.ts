import type { SeededRandom as Random } from '@trappen/staircase';
import type * as schema from '../schema/index';
import type { MunicipalityRows } from './generate-municipality';

type UserRow = (typeof schema.users)['$inferInsert'];

/** A demo login, printed at first start. */
export interface DemoUser {
  email: string;
  role: NonNullable<UserRow['role']>;
  displayName: string;
  municipality: string;
}

/** Turns a town name into the e-mail domain part: `Sønderå` → `sondera`. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Adds one demo user per role to a generated municipality and links the two parents
 * to children with a published plan: `foraelder@` has one child (with the demo
 * caseworker), `foraelder2@` has two.
 */
export function addDemoUsers(
  random: Random,
  rows: MunicipalityRows,
  passwordHash: string,
): { users: UserRow[]; demoUsers: DemoUser[] } {
  const m = rows.municipality.id as string;
  const domain = `${slugOf(rows.municipality.name)}.dk`;
  const team1 = rows.teams[0];
  const caseworker1 = rows.caseworkers[0];
  const caseworker2 = rows.caseworkers.find((c) => c.teamId !== team1?.id) ?? rows.caseworkers[1];
  const user = (
    local: string,
    role: UserRow['role'],
    displayName: string,
    extra: Partial<UserRow> = {},
  ): UserRow => ({
    id: random.uuid(),
    municipalityId: m,
    email: `${local}@${domain}`,
    displayName,
    role,
    passwordHash,
    ...extra,
  });
  const users: UserRow[] = [
    user('sagsbehandler', 'caseworker', caseworker1?.name ?? 'Sagsbehandler', {
      teamId: caseworker1?.teamId,
      caseworkerId: caseworker1?.id,
    }),
    user('sagsbehandler2', 'caseworker', caseworker2?.name ?? 'Sagsbehandler 2', {
      teamId: caseworker2?.teamId,
      caseworkerId: caseworker2?.id,
    }),
    user('teamleder', 'teamLeader', `Teamleder, ${team1?.name ?? ''}`, { teamId: team1?.id }),
    user('administrator', 'administrator', 'Administrator'),
    user('byraad', 'councilMember', 'Byrådsmedlem'),
  ];

  const planByChild = new Map(rows.actionPlans.map((plan) => [plan.childId, plan]));
  const openWithPlan = rows.cases.filter((c) => c.status === 'open' && planByChild.has(c.childId));
  const own = openWithPlan.find((c) => c.caseworkerId === caseworker1?.id) ?? openWithPlan[0];
  const others = openWithPlan.filter((c) => c !== own).slice(0, 2);
  const parentSpecs: [string, string, typeof openWithPlan][] = [
    ['foraelder', 'Forælder (ét barn)', own ? [own] : []],
    ['foraelder2', 'Forælder (to børn)', others],
  ];
  for (const [local, displayName, cases] of parentSpecs) {
    const parent = user(local, 'parent', displayName);
    users.push(parent);
    for (const c of cases) {
      const plan = planByChild.get(c.childId);
      if (plan && !rows.planPublications.some((p) => p.planId === plan.id)) {
        rows.planPublications.push({
          id: random.uuid(),
          municipalityId: m,
          planId: plan.id as string,
          childId: c.childId,
          planVersion: plan.version ?? 1,
          purpose: plan.purpose,
          goals: plan.goals,
          timeFrameFrom: plan.timeFrameFrom,
          timeFrameTo: plan.timeFrameTo,
          publishedAt: new Date(`${plan.timeFrameFrom}T10:00:00Z`),
        });
      }
      const guardian = rows.guardians.find((g) => g.childId === c.childId);
      if (guardian) {
        guardian.userId = parent.id;
        guardian.name = displayName;
      }
    }
  }
  return {
    users,
    demoUsers: users.map((u) => ({
      email: u.email,
      role: u.role as DemoUser['role'],
      displayName: u.displayName,
      municipality: rows.municipality.name,
    })),
  };
}
