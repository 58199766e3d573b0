import { randomUUID } from 'node:crypto';
import { childAssessmentDeadline, type FollowUpRules } from '@trappen/caseload';
import { and, childAssessments, type Database, eq, isNull, notifications, sql } from '@trappen/db';
import { daysBetween, type Staircase } from '@trappen/staircase';
import type { SessionUser } from '../auth/session-user';
import { conflict, notFound } from '../errors';
import { findCase } from './find-case';
import { fieldError } from './intake-errors';
import { refreshCaseSummary } from './refresh-case-summary';

type Row = typeof childAssessments.$inferSelect;

/** A child assessment with its clock at `today` (due soon within `dueSoonDays`). */
export function toChildAssessment(row: Row, today: string, dueSoonDays = 14) {
  const late = row.concludedOn !== null ? row.concludedOn > row.dueOn : false;
  const left = daysBetween(today, row.dueOn);
  const status =
    row.concludedOn !== null
      ? late
        ? ('concludedLate' as const)
        : ('concluded' as const)
      : left < 0
        ? ('overdue' as const)
        : left <= dueSoonDays
          ? ('dueSoon' as const)
          : ('ongoing' as const);
  return {
    id: row.id,
    version: row.version,
    caseId: row.caseId,
    childId: row.childId,
    notificationId: row.notificationId,
    startedOn: row.startedOn,
    dueOn: row.dueOn,
    concludedOn: row.concludedOn,
    conclusion: row.conclusion,
    childView: row.childView,
    status,
  };
}

/** What `assessments.start` takes in. */
export interface StartAssessmentInput {
  caseId: string;
  startedOn: string;
  notificationId?: string | undefined;
}

/**
 * Starts a child assessment (børnefaglig undersøgelse) on an open case the caller may
 * see, due after the months the municipality's `childAssessment` rule allows (4 by
 * default), and joins its deadline to the case's next deadline. One ongoing assessment
 * per case; a start in the future or a notification about another child changes nothing.
 */
export async function startAssessment(
  db: Database,
  user: SessionUser,
  staircase: Staircase,
  rules: FollowUpRules,
  input: StartAssessmentInput,
  today: string,
) {
  const found = await findCase(db, user, input.caseId);
  if (found?.status !== 'open') throw notFound();
  if (input.startedOn > today || input.startedOn < found.openedOn) {
    throw fieldError('startedOn', {
      da: `Startdatoen ${input.startedOn} skal ligge mellem sagens oprettelse (${found.openedOn}) og i dag (${today}).`,
      en: `The start date ${input.startedOn} must be between the opening of the case (${found.openedOn}) and today (${today}).`,
    });
  }
  if (input.notificationId !== undefined) {
    const [linked] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.id, input.notificationId),
          eq(notifications.childId, found.childId),
          eq(notifications.municipalityId, user.municipalityId),
        ),
      );
    if (!linked) {
      throw fieldError('notificationId', {
        da: 'Underretningen handler ikke om sagens barn.',
        en: 'The notification is not about the child of the case.',
      });
    }
  }
  // Lock the case row so two starts at once cannot both find no ongoing assessment.
  await db.execute(sql`select id from cases where id = ${found.id} for update`);
  const ongoing = await db
    .select({ id: childAssessments.id })
    .from(childAssessments)
    .where(and(eq(childAssessments.caseId, found.id), isNull(childAssessments.concludedOn)));
  if (ongoing.length > 0) {
    throw fieldError('caseId', {
      da: 'Sagen har allerede en igangværende børnefaglig undersøgelse.',
      en: 'The case already has a child assessment in progress.',
    });
  }
  const [row] = await db
    .insert(childAssessments)
    .values({
      id: randomUUID(),
      municipalityId: user.municipalityId,
      caseId: found.id,
      childId: found.childId,
      notificationId: input.notificationId ?? null,
      startedOn: input.startedOn,
      dueOn: childAssessmentDeadline(input.startedOn, rules.childAssessment?.months ?? 4),
      startedBy: user.id,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await refreshCaseSummary(db, staircase, found.id, today, rules);
  return toChildAssessment(row, today, rules.dueSoonDays);
}

/** What `assessments.conclude` takes in. */
export interface ConcludeAssessmentInput {
  assessmentId: string;
  version: number;
  concludedOn: string;
  conclusion: string;
  childView: string;
}

/**
 * Concludes a child assessment with its conclusion and the child's own view (the law
 * requires the child to be heard), guarded by the version read; the case's next
 * deadline then drops the assessment.
 */
export async function concludeAssessment(
  db: Database,
  user: SessionUser,
  staircase: Staircase,
  rules: FollowUpRules,
  input: ConcludeAssessmentInput,
  today: string,
) {
  const [current] = await db
    .select()
    .from(childAssessments)
    .where(
      and(
        eq(childAssessments.id, input.assessmentId),
        eq(childAssessments.municipalityId, user.municipalityId),
      ),
    );
  const found = current ? await findCase(db, user, current.caseId) : null;
  if (!current || !found) throw notFound({ da: 'undersøgelsen', en: 'the child assessment' });
  if (current.concludedOn !== null || current.version !== input.version) throw conflict();
  if (input.concludedOn < current.startedOn || input.concludedOn > today) {
    throw fieldError('concludedOn', {
      da: `Datoen ${input.concludedOn} skal ligge mellem undersøgelsens start (${current.startedOn}) og i dag (${today}).`,
      en: `The date ${input.concludedOn} must be between the start of the assessment (${current.startedOn}) and today (${today}).`,
    });
  }
  const [row] = await db
    .update(childAssessments)
    .set({
      concludedOn: input.concludedOn,
      concludedBy: user.id,
      conclusion: input.conclusion,
      childView: input.childView,
      version: sql`${childAssessments.version} + 1`,
    })
    .where(
      and(
        eq(childAssessments.id, current.id),
        eq(childAssessments.version, input.version),
        isNull(childAssessments.concludedOn),
      ),
    )
    .returning();
  if (!row) throw conflict();
  await refreshCaseSummary(db, staircase, current.caseId, today, rules);
  return toChildAssessment(row, today, rules.dueSoonDays);
}

/** The child assessments of a case the caller may see, newest first. */
export async function caseAssessments(
  db: Database,
  user: SessionUser,
  caseId: string,
  today: string,
  dueSoonDays?: number,
) {
  const found = await findCase(db, user, caseId);
  if (!found) throw notFound();
  const rows = await db
    .select()
    .from(childAssessments)
    .where(eq(childAssessments.caseId, found.id))
    .orderBy(sql`${childAssessments.startedOn} desc`);
  return {
    childId: found.childId,
    items: rows.map((r) => toChildAssessment(r, today, dueSoonDays)),
  };
}
