import { createTestDatabase, type DatabaseHandle, queryRows, seed, sql } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copenhagenInstant } from '../messages/copenhagen-time';
import { queueDueMessages } from '../queries/due-messages';
import { callerFor } from '../testing/caller-for';

const TODAY = '2024-07-01';
const CASEWORKER = 'sagsbehandler@eksempelby.dk';
const PARENT = 'foraelder@eksempelby.dk';
let handle: DatabaseHandle;
let caseId: string;
let childId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seed(handle.db, { municipalities: 1, scale: 0.1, randomSeed: 3, asOf: '2024-06-30' });
  const parent = await callerFor(handle.db, PARENT, TODAY);
  childId = parent.user?.guardianOf[0] ?? '';
  const [row] = await queryRows<{ id: string }>(
    handle.db,
    sql`select id from cases where child_id = ${childId} and status = 'open'`,
  );
  caseId = row?.id ?? '';
}, 300_000);
afterAll(() => handle?.close());

const outbox = (kind: string) =>
  queryRows<{
    key: string;
    subject: string;
    body: string;
    calendar: string | null;
    recipient_id: string;
  }>(
    handle.db,
    sql`select idempotency_key as key, subject, body, calendar, recipient_id from outbox_messages where kind = ${kind} order by created_at`,
  );

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('meetings', () => {
  it('plans a meeting in Copenhagen time and tells the guardian, with a calendar file', async () => {
    const { caller } = await callerFor(handle.db, CASEWORKER, TODAY);
    const meeting = await caller.meetings.plan({
      caseId,
      date: '2024-07-10',
      startTime: '10:00',
      endTime: '11:30',
      place: 'Rådhuset, mødelokale 2',
      participants: [{ kind: 'custodyHolder', name: 'Mor' }],
    });
    // 10:00 in Copenhagen in July is 08:00 UTC (summer time).
    expect(meeting.startsAt).toBe('2024-07-10T08:00:00Z');
    expect(meeting.endsAt).toBe('2024-07-10T09:30:00Z');
    const parent = await callerFor(handle.db, PARENT, TODAY);
    const next = await parent.caller.meetings.next({ childId });
    expect(next?.id).toBe(meeting.id);
    expect(next?.ics).toContain('DTSTART:20240710T080000Z');
    expect(next?.ics).toContain('LOCATION:Rådhuset\\, mødelokale 2');
    const [message] = await outbox('meetingPlanned');
    expect(message?.recipient_id).toBe(parent.user?.id);
    expect(message?.subject).toBe('Et møde er planlagt');
    expect(message?.body).toContain('10. juli 2024 kl. 10:00');
    expect(message?.calendar).toContain('METHOD:PUBLISH');
  });

  it('refuses a meeting that ends before it starts, or in the past, and writes nothing', async () => {
    const { caller } = await callerFor(handle.db, CASEWORKER, TODAY);
    const before = (await outbox('meetingPlanned')).length;
    const ends = caller.meetings.plan({
      caseId,
      date: '2024-07-11',
      startTime: '10:00',
      endTime: '09:00',
      place: 'Rådhuset',
    });
    await expect(ends).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const past = caller.meetings.plan({
      caseId,
      date: '2024-06-01',
      startTime: '10:00',
      endTime: '11:00',
      place: 'Rådhuset',
    });
    await expect(past).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await outbox('meetingPlanned')).toHaveLength(before);
  });

  it('moves and cancels with the version, CONFLICT for a stale one', async () => {
    const { caller } = await callerFor(handle.db, CASEWORKER, TODAY);
    const meeting = await caller.meetings.plan({
      caseId,
      date: '2024-07-20',
      startTime: '09:00',
      endTime: '10:00',
      place: 'Skolen',
    });
    const moved = await caller.meetings.move({
      meetingId: meeting.id,
      version: meeting.version,
      date: '2024-07-21',
      startTime: '09:00',
      endTime: '10:00',
      place: 'Skolen',
    });
    expect(moved.version).toBe(meeting.version + 1);
    expect(
      await codeOf(caller.meetings.cancel({ meetingId: meeting.id, version: meeting.version })),
    ).toBe('CONFLICT');
    const cancelled = await caller.meetings.cancel({
      meetingId: meeting.id,
      version: moved.version,
    });
    expect(cancelled.status).toBe('cancelled');
    expect((await outbox('meetingMoved'))[0]?.body).toContain('21. juli 2024');
    expect((await outbox('meetingCancelled'))[0]?.calendar).toContain('METHOD:CANCEL');
  });

  it('shows the caseworker the parents’ view written before the meeting', async () => {
    const parent = await callerFor(handle.db, PARENT, TODAY);
    await parent.caller.plans.addComment({ childId, body: 'Vi vil gerne tale om skolen.' });
    const { caller } = await callerFor(handle.db, CASEWORKER, TODAY);
    const meetings = await caller.meetings.forCase({ caseId });
    const next = meetings.find((m) => m.startsAt === '2024-07-10T08:00:00Z');
    expect(next?.parentViews.map((v) => v.body)).toEqual(['Vi vil gerne tale om skolen.']);
  });

  it('never shows another child’s meeting to a parent', async () => {
    const other = await callerFor(handle.db, 'foraelder2@eksempelby.dk', TODAY);
    expect(await other.caller.meetings.next({ childId })).toBeNull();
  });
});

describe('due messages', () => {
  it('reminds the guardian the day before, once, however often it runs', async () => {
    const morning = copenhagenInstant('2024-07-09', '07:05');
    const first = await queueDueMessages(handle.db, morning);
    const again = await queueDueMessages(handle.db, new Date(morning.getTime() + 3_600_000));
    expect(first.reminders).toBe(1);
    expect(again.reminders).toBe(0);
    const [reminder] = await outbox('meetingReminder');
    expect(reminder?.body).toContain('10. juli 2024 kl. 10:00');
    // Before 07:00 local time nothing is due yet.
    const early = await queueDueMessages(handle.db, copenhagenInstant('2024-07-10', '06:59'));
    expect(early).toEqual({ reminders: 0, digests: 0, weeklySummaries: 0 });
  });

  it('writes each caseworker one digest a day across the daylight-saving change', async () => {
    // 31 March 2024: Copenhagen moves from 02:00 to 03:00. 07:00 local is 05:00 UTC.
    const before = await queueDueMessages(handle.db, new Date('2024-03-31T04:59:00Z'));
    expect(before.digests).toBe(0);
    const at = await queueDueMessages(handle.db, new Date('2024-03-31T05:01:00Z'));
    expect(at.digests).toBeGreaterThan(0);
    const later = await queueDueMessages(handle.db, new Date('2024-03-31T21:00:00Z'));
    expect(later.digests).toBe(0);
    const digests = (await outbox('dailyDigest')).filter((d) =>
      d.key.startsWith('dailyDigest:2024-03-31:'),
    );
    expect(digests.length).toBe(at.digests);
    expect(new Set(digests.map((d) => d.recipient_id)).size).toBe(digests.length);
    for (const digest of digests) {
      expect(digest.body).not.toMatch(/\d{6}-?\d{4}/);
      expect(digest.subject).toMatch(/^Dine frister/);
    }
  });
});
