import { assessmentClock, receiptText } from '@trappen/caseload';
import { type Database, queryRows, type SQL, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';

interface Row {
  id: string;
  version: number;
  status: 'received' | 'assessed';
  received_at: Date | string;
  received_on: string;
  source: string;
  reporter_name: string | null;
  reporter_contact: string | null;
  reporter_professional: boolean;
  child_id: string | null;
  reference: string | null;
  name: string;
  birth_date: string;
  case_id: string | null;
  concern: string;
  violence_or_abuse: boolean;
  assessed_at: Date | string | null;
  assessed_by: string | null;
  child_in_danger: boolean | null;
  outcome: string | null;
  outcome_reason: string | null;
  receipt_due: string | null;
  receipt_sent_on: string | null;
  others: number;
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** A notification as staff on duty see it, with its clocks worked out at `now`. */
export type NotificationView = ReturnType<typeof toView>;

function toView(row: Row, now: Date, municipalityName: string) {
  const receivedAt = asDate(row.received_at);
  const assessedAt = row.assessed_at === null ? null : asDate(row.assessed_at);
  const clock = assessmentClock(receivedAt, now, assessedAt);
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    receivedAt: receivedAt.toISOString(),
    receivedOn: row.received_on,
    source: row.source as never,
    reporter:
      row.reporter_name === null && row.reporter_contact === null && !row.reporter_professional
        ? null
        : {
            name: row.reporter_name ?? '',
            contact: row.reporter_contact ?? '',
            professional: row.reporter_professional,
          },
    child: {
      id: row.child_id,
      reference: row.reference,
      name: row.name,
      birthDate: row.birth_date,
    },
    caseId: row.case_id,
    concern: row.concern,
    violenceOrAbuse: row.violence_or_abuse,
    clock: {
      deadline: clock.deadline.toISOString(),
      minutesLeft: clock.minutesLeft,
      status: clock.status,
    },
    assessment:
      assessedAt === null
        ? null
        : {
            assessedAt: assessedAt.toISOString(),
            assessedBy: row.assessed_by ?? '',
            childInDanger: row.child_in_danger === true,
            outcome: (row.outcome ?? 'noAction') as never,
            reason: row.outcome_reason ?? '',
          },
    receipt:
      row.receipt_due === null
        ? null
        : {
            due: row.receipt_due,
            sentOn: row.receipt_sent_on,
            text: receiptText({
              reporterName: row.reporter_name,
              receivedOn: row.received_on,
              municipalityName,
            }),
          },
    otherNotifications: Number(row.others),
  };
}

/**
 * Intake notifications of the caller's municipality matching `where` (a condition on
 * `n`), ordered by the assessment deadline, at most `limit`. Historical (summary-only)
 * rows are never included.
 */
export async function loadNotifications(
  db: Database,
  user: SessionUser,
  where: SQL,
  now: Date,
  limit = 200,
): Promise<NotificationView[]> {
  const rows = await queryRows<Row>(
    db,
    sql`select n.id::text, n.version, n.status, n.received_at, n.received_on::text, n.source,
        n.reporter_name, n.reporter_contact, n.reporter_professional,
        n.child_id::text, c.reference, coalesce(c.name, n.child_name, '') as name,
        coalesce(c.birth_date, n.child_birth_date)::text as birth_date, n.case_id::text,
        n.concern, n.violence_or_abuse, n.assessed_at, u.display_name as assessed_by,
        n.child_in_danger, n.outcome, n.outcome_reason, n.receipt_due::text, n.receipt_sent_on::text,
        (select count(*)::int from notifications o
          where n.child_id is not null and o.child_id = n.child_id and o.id <> n.id) as others
      from notifications n
      left join children c on c.id = n.child_id
      left join users u on u.id = n.assessed_by
      where n.municipality_id = ${user.municipalityId} and n.status <> 'historical' and (${where})
      order by n.assessment_due_at, n.id
      limit ${limit}`,
  );
  return rows.map((row) => toView(row, now, user.municipalityName));
}

/** Which notifications to load: one by id, those awaiting assessment, or awaiting a receipt. */
export const NOTIFICATION_FILTERS = {
  byId: (id: string) => sql`n.id = ${id}`,
  awaitingAssessment: sql`n.status = 'received'`,
  awaitingReceipt: sql`n.status = 'assessed' and n.receipt_due is not null and n.receipt_sent_on is null`,
};
