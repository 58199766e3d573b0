import { randomUUID } from 'node:crypto';
import { assessmentDeadline, danishDate, receiptDeadline } from '@trappen/caseload';
import { and, cases, children, type Database, eq, notifications } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { ageOn, DEFAULT_CLOSED_DAYS, notInFuture } from './intake-clock';
import { fieldError } from './intake-errors';

/** What `notifications.receive` takes in (validated by its schema). */
export interface ReceiveNotificationInput {
  receivedAt: Date;
  source: string;
  reporter: { name: string; contact: string; professional: boolean } | null;
  child: { kind: 'existing'; childId: string } | { kind: 'new'; name: string; birthDate: string };
  concern: string;
  violenceOrAbuse: boolean;
}

/**
 * Registers a notification of concern: starts its 24-hour assessment clock and, for a
 * professional reporter, the 6-working-day receipt deadline; links it to the child's
 * open case when there is one. Refuses a receipt time in the future, a birth date after
 * the receipt, or a child the municipality does not have, changing nothing.
 */
export async function receiveNotification(
  db: Database,
  user: SessionUser,
  input: ReceiveNotificationInput,
  now: Date,
) {
  notInFuture('receivedAt', input.receivedAt, now);
  const receivedOn = danishDate(input.receivedAt);
  let childId: string | null = null;
  let birthDate: string;
  let caseId: string | null = null;
  if (input.child.kind === 'existing') {
    const [child] = await db
      .select({ id: children.id, birthDate: children.birthDate, caseId: cases.id })
      .from(children)
      .leftJoin(cases, and(eq(cases.childId, children.id), eq(cases.status, 'open')))
      .where(
        and(eq(children.id, input.child.childId), eq(children.municipalityId, user.municipalityId)),
      )
      .limit(1);
    if (!child) {
      throw fieldError('child.childId', {
        da: 'Barnet findes ikke i kommunen.',
        en: 'The municipality has no such child.',
      });
    }
    childId = child.id;
    birthDate = child.birthDate;
    caseId = child.caseId;
  } else {
    birthDate = input.child.birthDate;
  }
  if (birthDate > receivedOn) {
    throw fieldError('child.birthDate', {
      da: `Fødselsdatoen ${birthDate} ligger efter modtagelsen (${receivedOn}).`,
      en: `The birth date ${birthDate} is after the notification was received (${receivedOn}).`,
    });
  }
  const professional = input.reporter?.professional === true && input.source !== 'anonymous';
  const [row] = await db
    .insert(notifications)
    .values({
      id: randomUUID(),
      municipalityId: user.municipalityId,
      childId,
      caseId,
      receivedOn,
      childAge: ageOn(birthDate, input.receivedAt),
      source: input.source,
      status: 'received',
      receivedAt: input.receivedAt,
      registeredBy: user.id,
      reporterName: input.source === 'anonymous' ? null : input.reporter?.name || null,
      reporterContact: input.source === 'anonymous' ? null : input.reporter?.contact || null,
      reporterProfessional: professional,
      concern: input.concern,
      violenceOrAbuse: input.violenceOrAbuse,
      childName: input.child.kind === 'new' ? input.child.name : null,
      childBirthDate: input.child.kind === 'new' ? input.child.birthDate : null,
      assessmentDueAt: assessmentDeadline(input.receivedAt),
      receiptDue: professional ? receiptDeadline(input.receivedAt, DEFAULT_CLOSED_DAYS) : null,
    })
    .returning({ id: notifications.id });
  if (!row) throw new Error('insert returned no row');
  return { id: row.id, childId, caseId };
}
