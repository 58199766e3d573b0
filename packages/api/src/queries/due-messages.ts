import { type Database, queryRows, sql } from '@trappen/db';
import { addDays } from '@trappen/staircase';
import { copenhagenDate, copenhagenInstant, copenhagenTime } from '../messages/copenhagen-time';
import { link } from '../messages/links';
import { digestMessage, parentMessage, weeklySummaryMessage } from '../messages/texts';
import { queueMessages } from './outbox';

/** Local time of day from which the day's digests and reminders are written. */
export const MORNING = '07:00';

// Map.groupBy arrives with Node 21.
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** What one run wrote. */
export interface DueMessagesResult {
  reminders: number;
  digests: number;
  weeklySummaries: number;
}

/**
 * Writes the messages that are due at `now` (Copenhagen time): from 07:00 each day, the
 * reminders of tomorrow's meetings and the caseworkers' digests of their deadlines
 * (overdue, and the next 7 days); on Mondays the team leaders' weekly summaries. Each
 * message's key names its day, so running this every few minutes, twice, after a crash or
 * across a daylight-saving change writes each message once.
 */
export async function queueDueMessages(db: Database, now: Date): Promise<DueMessagesResult> {
  const today = copenhagenDate(now);
  const result: DueMessagesResult = { reminders: 0, digests: 0, weeklySummaries: 0 };
  if (copenhagenTime(now) < MORNING) return result;
  const tomorrow = addDays(today, 1);
  const from = copenhagenInstant(tomorrow, '00:00').toISOString();
  const until = copenhagenInstant(addDays(tomorrow, 1), '00:00').toISOString();
  const meetings = await queryRows<{
    id: string;
    municipality_id: string;
    child_id: string;
    starts_at: string;
    place: string;
    version: number;
  }>(
    db,
    sql`select id, municipality_id, child_id, to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as starts_at, place, version
        from meetings where status = 'planned' and starts_at >= ${from} and starts_at < ${until}`,
  );
  for (const meeting of meetings) {
    const logins = await queryRows<{ user_id: string }>(
      db,
      sql`select distinct user_id from guardians where child_id = ${meeting.child_id} and user_id is not null`,
    );
    const startsAt = new Date(meeting.starts_at);
    result.reminders += await queueMessages(
      db,
      logins.map((l) => l.user_id),
      {
        municipalityId: meeting.municipality_id,
        kind: 'meetingReminder',
        key: `meetingReminder:${meeting.id}:${meeting.version}`,
        essential: false,
        render: (locale) =>
          parentMessage('meetingReminder', locale, link('/portal/'), {
            startsAt,
            place: meeting.place,
          }),
      },
    );
  }

  const week = addDays(today, 7);
  const deadlines = await queryRows<{
    user_id: string;
    municipality_id: string;
    case_id: string;
    reference: string;
    deadline: string;
  }>(
    db,
    sql`select u.id as user_id, c.municipality_id, c.id as case_id, ch.reference, c.next_deadline::text as deadline
        from cases c join children ch on ch.id = c.child_id
        join users u on u.caseworker_id = c.caseworker_id and u.role = 'caseworker' and not u.disabled
        where c.status = 'open' and c.next_deadline is not null and c.next_deadline <= ${week}
        order by u.id, c.next_deadline`,
  );
  const byUser = groupBy(deadlines, (row) => row.user_id);
  for (const [userId, rows] of byUser) {
    const item = (row: (typeof rows)[number]) => ({
      reference: row.reference,
      deadline: row.deadline,
      caseUrl: link(`/console/cases/${row.case_id}`),
    });
    const overdue = rows.filter((r) => r.deadline < today).map(item);
    const upcoming = rows.filter((r) => r.deadline >= today).map(item);
    result.digests += await queueMessages(db, [userId], {
      municipalityId: rows[0]?.municipality_id ?? '',
      kind: 'dailyDigest',
      key: `dailyDigest:${today}`,
      essential: false,
      render: (locale) => digestMessage(locale, overdue, upcoming),
    });
  }

  if (new Date(`${today}T12:00:00Z`).getUTCDay() === 1) {
    const teams = await queryRows<{
      leader_id: string;
      municipality_id: string;
      caseworker: string;
      overdue: number;
    }>(
      db,
      sql`select u.id as leader_id, u.municipality_id, cw.name as caseworker, count(*)::int as overdue
          from users u join cases c on c.team_id = u.team_id and c.status = 'open' and c.next_deadline < ${today}
          join caseworkers cw on cw.id = c.caseworker_id
          where u.role = 'teamLeader' and not u.disabled
          group by u.id, u.municipality_id, cw.name order by u.id, cw.name`,
    );
    for (const [leaderId, rows] of groupBy(teams, (row) => row.leader_id))
      result.weeklySummaries += await queueMessages(db, [leaderId], {
        municipalityId: rows[0]?.municipality_id ?? '',
        kind: 'weeklySummary',
        key: `weeklySummary:${today}`,
        essential: false,
        render: (locale) => weeklySummaryMessage(locale, rows, link('/console/team')),
      });
  }
  return result;
}
