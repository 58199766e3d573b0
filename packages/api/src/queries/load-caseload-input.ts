import type { CaseloadInput } from '@trappen/caseload';
import {
  actionPlans,
  and,
  caseAssignments,
  cases,
  caseworkers,
  childAssessments,
  type Database,
  eq,
  followUps,
  interventions,
  isNull,
  ruleSets,
  type SQL,
} from '@trappen/db';
import type { Staircase } from '@trappen/staircase';
import { rulesOfRow } from './rule-set';

/**
 * Open cases (and their current assignments, interventions, follow-ups, plans and child
 * assessments) of a
 * municipality, optionally one team, as `@trappen/caseload` reads them, with the
 * municipality's saved norms and follow-up rules (the package defaults when none are saved).
 */
export async function loadCaseloadInput(
  db: Database,
  staircase: Staircase,
  municipalityId: string,
  teamId: string | null,
) {
  const teamCases: SQL[] = [eq(cases.municipalityId, municipalityId), eq(cases.status, 'open')];
  if (teamId) teamCases.push(eq(cases.teamId, teamId));
  const caseFilter = and(...teamCases);
  const staffFilter = teamId
    ? and(eq(caseworkers.municipalityId, municipalityId), eq(caseworkers.teamId, teamId))
    : eq(caseworkers.municipalityId, municipalityId);
  const [staff, openCases, assignments, items, followUpRows, plans, assessed, [rules]] =
    await Promise.all([
      db.select().from(caseworkers).where(staffFilter),
      db
        .select({ id: cases.id, childId: cases.childId, opened: cases.openedOn })
        .from(cases)
        .where(caseFilter),
      db
        .select({
          childId: cases.childId,
          caseworkerId: caseAssignments.caseworkerId,
          from: caseAssignments.fromDate,
        })
        .from(caseAssignments)
        .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
        .where(and(caseFilter, isNull(caseAssignments.toDate))),
      db
        .select({
          id: interventions.id,
          childId: interventions.childId,
          code: interventions.code,
          start: interventions.startDate,
          end: interventions.endDate,
        })
        .from(interventions)
        .innerJoin(cases, eq(cases.id, interventions.caseId))
        .where(caseFilter),
      db
        .select({ interventionId: followUps.interventionId, date: followUps.date })
        .from(followUps)
        .innerJoin(cases, eq(cases.id, followUps.caseId))
        .where(caseFilter),
      db
        .select({ childId: actionPlans.childId, date: actionPlans.timeFrameFrom })
        .from(actionPlans)
        .innerJoin(cases, eq(cases.id, actionPlans.caseId))
        .where(caseFilter),
      db
        .select({
          childId: childAssessments.childId,
          started: childAssessments.startedOn,
          completed: childAssessments.concludedOn,
        })
        .from(childAssessments)
        .innerJoin(cases, eq(cases.id, childAssessments.caseId))
        .where(caseFilter),
      db.select().from(ruleSets).where(eq(ruleSets.municipalityId, municipalityId)),
    ]);
  const staffIds = new Set(staff.map((s) => s.id));
  const input: CaseloadInput = {
    staircase,
    caseworkers: staff.map((s) => ({
      id: s.id,
      team: s.teamId,
      fte: s.fte,
      leave: s.leaveFrom ? [{ from: s.leaveFrom, to: s.leaveTo }] : [],
    })),
    children: openCases.map((c) => ({ id: c.childId })),
    cases: openCases.map((c) => ({ id: c.id, childId: c.childId, opened: c.opened })),
    // Assignments to caseworkers outside the loaded team would reference unknown ids.
    assignments: assignments.filter((a) => staffIds.has(a.caseworkerId)),
    interventions: items,
    followUps: followUpRows.flatMap((f) =>
      f.interventionId ? [{ interventionId: f.interventionId, date: f.date }] : [],
    ),
    actionPlans: plans,
    childAssessments: assessed,
  };
  const { norms, followUpRules } = rulesOfRow(rules);
  return { input, names: new Map(staff.map((s) => [s.id, s.name])), norms, followUpRules };
}
