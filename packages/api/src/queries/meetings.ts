import { randomUUID } from 'node:crypto';
import { type Database, type MeetingParticipant, queryRows, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { badRequest, conflict, notFound } from '../errors';
import { copenhagenDate, copenhagenInstant } from '../messages/copenhagen-time';
import { meetingIcs } from '../messages/ics';
import { link } from '../messages/links';
import { parentMessage } from '../messages/texts';
import { caseScope } from './case-scope';
import { guardianLogins, queueMessages } from './outbox';

/** A meeting as the API returns it. */
export interface MeetingRow {
  id: string;
  caseId: string;
  childId: string;
  startsAt: string;
  endsAt: string;
  place: string;
  videoLink: string | null;
  participants: MeetingParticipant[];
  status: 'planned' | 'cancelled' | 'held';
  version: number;
}

/** A meeting with what the parents wrote before it, for the caseworker's preparation. */
export interface MeetingWithViews extends MeetingRow {
  parentViews: { body: string; createdAt: string }[];
}

/** When and where, as the caseworker types it: a Copenhagen date and times. */
export interface MeetingTimeAndPlace {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  videoLink?: string | null | undefined;
  participants: MeetingParticipant[];
}

// The API's shape of a meeting row, for `select` and `returning` alike.
const COLUMNS = sql.raw(`id, case_id as "caseId", child_id as "childId",
  to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "startsAt",
  to_char(ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "endsAt",
  place, video_link as "videoLink", participants, status::text as status, version`);
const selectMeeting = sql`select ${COLUMNS} from meetings`;

function checkTimes(input: MeetingTimeAndPlace, today: string) {
  const startsAt = copenhagenInstant(input.date, input.startTime);
  const endsAt = copenhagenInstant(input.date, input.endTime);
  const problems: Record<string, string[]> = {};
  if (input.date < today)
    problems.date = [`Datoen ${input.date} er overstået. / The date ${input.date} has passed.`];
  if (endsAt <= startsAt)
    problems.endTime = [
      `Mødet skal slutte efter det starter (${input.startTime}). / The meeting must end after it starts (${input.startTime}).`,
    ];
  if (Object.keys(problems).length) throw badRequest(problems);
  return { startsAt, endsAt };
}

async function openCaseInScope(tx: Database, user: SessionUser, caseId: string) {
  const [row] = await queryRows<{ child_id: string; status: string }>(
    tx,
    sql`select child_id, status::text as status from cases where id = ${caseId} and ${caseScope(user)} for update`,
  );
  if (!row) throw notFound();
  if (row.status !== 'open')
    throw badRequest({
      caseId: [
        'Sagen er lukket; planlæg ikke møder i den. / The case is closed; plan no meetings in it.',
      ],
    });
  return row.child_id;
}

async function tellParents(
  tx: Database,
  user: SessionUser,
  meeting: MeetingRow,
  kind: 'meetingPlanned' | 'meetingMoved' | 'meetingCancelled',
) {
  const startsAt = new Date(meeting.startsAt);
  const calendar = meetingIcs({
    uid: `${meeting.id}@trappen`,
    sequence: meeting.version,
    startsAt,
    endsAt: new Date(meeting.endsAt),
    summary: 'Møde med kommunen',
    place: meeting.place,
    videoLink: meeting.videoLink,
    cancelled: kind === 'meetingCancelled',
  });
  await queueMessages(tx, await guardianLogins(tx, meeting.childId), {
    municipalityId: user.municipalityId,
    kind,
    key: `${kind}:${meeting.id}:${meeting.version}`,
    essential: true,
    render: (locale) =>
      parentMessage(kind, locale, link('/portal/'), { startsAt, place: meeting.place }),
    calendar,
  });
}

/** Plans a meeting in an open case the user may see, and tells the child's guardians. */
export async function planMeeting(
  tx: Database,
  user: SessionUser,
  input: MeetingTimeAndPlace & { caseId: string },
  today: string,
): Promise<MeetingRow> {
  const childId = await openCaseInScope(tx, user, input.caseId);
  const { startsAt, endsAt } = checkTimes(input, today);
  const [meeting] = await queryRows<MeetingRow>(
    tx,
    sql`insert into meetings (id, municipality_id, case_id, child_id, starts_at, ends_at, place, video_link, participants, planned_by)
        values (${randomUUID()}, ${user.municipalityId}, ${input.caseId}, ${childId}, ${startsAt.toISOString()}, ${endsAt.toISOString()},
                ${input.place}, ${input.videoLink ?? null}, ${JSON.stringify(input.participants)}::jsonb, ${user.id})
        returning ${COLUMNS}`,
  );
  if (!meeting) throw new Error('meeting insert returned nothing');
  await tellParents(tx, user, meeting, 'meetingPlanned');
  return meeting;
}

async function meetingInScope(tx: Database, user: SessionUser, meetingId: string, version: number) {
  const [row] = await queryRows<MeetingRow>(
    tx,
    sql`${selectMeeting} where id = ${meetingId} and case_id in (select id from cases where ${caseScope(user)}) for update`,
  );
  if (!row) throw notFound({ da: 'mødet', en: 'the meeting' });
  if (row.version !== version) throw conflict();
  if (row.status !== 'planned')
    throw badRequest({
      meetingId: ['Mødet er aflyst eller holdt. / The meeting is cancelled or held.'],
    });
  return row;
}

/** Moves a planned meeting (CONFLICT when someone changed it since `version`). */
export async function moveMeeting(
  tx: Database,
  user: SessionUser,
  input: MeetingTimeAndPlace & { meetingId: string; version: number },
  today: string,
): Promise<MeetingRow> {
  await meetingInScope(tx, user, input.meetingId, input.version);
  const { startsAt, endsAt } = checkTimes(input, today);
  const [meeting] = await queryRows<MeetingRow>(
    tx,
    sql`update meetings set starts_at = ${startsAt.toISOString()}, ends_at = ${endsAt.toISOString()}, place = ${input.place},
          video_link = ${input.videoLink ?? null}, participants = ${JSON.stringify(input.participants)}::jsonb,
          version = version + 1, updated_at = now()
        where id = ${input.meetingId}
        returning ${COLUMNS}`,
  );
  if (!meeting) throw notFound({ da: 'mødet', en: 'the meeting' });
  await tellParents(tx, user, meeting, 'meetingMoved');
  return meeting;
}

/** Cancels a planned meeting and tells the guardians. */
export async function cancelMeeting(
  tx: Database,
  user: SessionUser,
  input: { meetingId: string; version: number },
): Promise<MeetingRow> {
  await meetingInScope(tx, user, input.meetingId, input.version);
  const [meeting] = await queryRows<MeetingRow>(
    tx,
    sql`update meetings set status = 'cancelled', version = version + 1, updated_at = now()
        where id = ${input.meetingId}
        returning ${COLUMNS}`,
  );
  if (!meeting) throw notFound({ da: 'mødet', en: 'the meeting' });
  await tellParents(tx, user, meeting, 'meetingCancelled');
  return meeting;
}

/** A case's meetings, newest first, each with the parents' views written before it. */
export function meetingsOfCase(db: Database, user: SessionUser, caseId: string) {
  return queryRows<MeetingWithViews>(
    db,
    sql`select ${COLUMNS}, coalesce((
          select json_agg(json_build_object('body', c.body, 'createdAt', c.created_at::text) order by c.created_at)
          from plan_comments c where c.meeting_id = meetings.id), '[]'::json) as "parentViews"
        from meetings
        where case_id = ${caseId} and case_id in (select id from cases where ${caseScope(user)})
        order by starts_at desc`,
  );
}

/**
 * Links a parent's view to the child's next planned meeting (from `today`), so the
 * caseworker reads it when preparing that meeting.
 */
export async function attachToNextMeeting(
  tx: Database,
  commentId: string,
  childId: string,
  today: string,
): Promise<void> {
  await queryRows(
    tx,
    sql`update plan_comments set meeting_id = (
          select id from meetings where child_id = ${childId} and status = 'planned'
            and starts_at >= ${copenhagenInstant(today, '00:00').toISOString()}
          order by starts_at limit 1)
        where id = ${commentId}`,
  );
}

/** A guardian's child's next planned meeting from today on, with its calendar file. */
export async function nextMeetingForGuardian(
  db: Database,
  user: SessionUser,
  childId: string,
  today: string,
): Promise<(MeetingRow & { ics: string }) | null> {
  if (!user.guardianOf.includes(childId)) return null;
  const [meeting] = await queryRows<MeetingRow>(
    db,
    sql`${selectMeeting} where child_id = ${childId} and municipality_id = ${user.municipalityId}
        and status = 'planned' and starts_at >= ${copenhagenInstant(today, '00:00').toISOString()}
        order by starts_at limit 1`,
  );
  if (!meeting) return null;
  return {
    ...meeting,
    ics: meetingIcs({
      uid: `${meeting.id}@trappen`,
      sequence: meeting.version,
      startsAt: new Date(meeting.startsAt),
      endsAt: new Date(meeting.endsAt),
      summary: 'Møde med kommunen',
      place: meeting.place,
      videoLink: meeting.videoLink,
      cancelled: false,
    }),
  };
}

/** The local date a meeting falls on, for the day-before reminder. */
export const meetingDay = (meeting: Pick<MeetingRow, 'startsAt'>) =>
  copenhagenDate(new Date(meeting.startsAt));
