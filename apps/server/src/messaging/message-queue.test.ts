import { randomUUID } from 'node:crypto';
import { createTestDatabase, type DatabaseHandle, queryRows, sql } from '@trappen/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { messageIdOf, smtpChannel } from './channels';
import { type MessageQueue, type MessageQueueOptions, startMessageQueue } from './message-queue';
import { startTestSmtp } from './testing-smtp';

let handle: DatabaseHandle;
let municipalityId: string;
let recipientId: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  municipalityId = randomUUID();
  recipientId = randomUUID();
  await handle.db.execute(
    sql`insert into municipalities (id, code, name, inhabitants) values (${municipalityId}, 'mq01', 'Beskedby', 1000)`,
  );
  await handle.db.execute(
    sql`insert into users (id, municipality_id, email, display_name, role)
        values (${recipientId}, ${municipalityId}, 'forælder@beskedby.dk', 'Forælder', 'parent')`,
  );
});
afterAll(() => handle?.close());

const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of running.splice(0)) await item.stop();
  await handle.db.execute(sql`delete from outbox_messages`);
});

/** Writes `count` messages to the outbox, as a producer's transaction would. */
async function writeMessages(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (const id of ids)
    await handle.db.execute(
      sql`insert into outbox_messages (id, municipality_id, idempotency_key, recipient_id, channel, kind, essential, subject, body)
          values (${id}, ${municipalityId}, ${`test:${id}`}, ${recipientId}, 'email', 'planPublished', false,
                  'Nyt i forældreportalen', 'Der er nyt i forældreportalen.')`,
    );
  return ids;
}

async function queueWith(
  smtpPort: number,
  overrides: Partial<MessageQueueOptions> = {},
): Promise<MessageQueue> {
  const email = smtpChannel({
    host: '127.0.0.1',
    port: smtpPort,
    secure: false,
    requireTls: false,
    from: 'Beskedby Kommune <noreply@beskedby.dk>',
    timeoutSeconds: 5,
  });
  const queue = await startMessageQueue(handle, {
    channels: { email },
    retryDelaySeconds: 1,
    relayIntervalMs: 200,
    ...overrides,
  });
  running.push({ stop: () => queue.stop({ graceful: false }).finally(() => email.close()) });
  return queue;
}

const statuses = () =>
  queryRows<{ status: string; n: number }>(
    handle.db,
    sql`select status::text as status, count(*)::int as n from outbox_messages group by 1 order by 1`,
  );

async function until(condition: () => Promise<boolean>, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const allSent = async (count: number) => {
  const rows = await statuses();
  return rows.length === 1 && rows[0]?.status === 'sent' && rows[0]?.n === count;
};

describe('the outbox delivered through pg-boss to a real SMTP server', () => {
  it('delivers each message once, with a Message-ID made from its key', async () => {
    const smtp = await startTestSmtp();
    running.push({ stop: smtp.close });
    const ids = await writeMessages(5);
    await queueWith(smtp.port);
    await until(() => allSent(5));
    expect(smtp.received).toHaveLength(5);
    expect(new Set(smtp.received.map((m) => m.messageId))).toEqual(
      new Set(ids.map((id) => messageIdOf(`test:${id}`, 'beskedby.dk'))),
    );
    expect(smtp.received[0]?.to).toEqual(['forælder@beskedby.dk']);
  });

  it('retries while the server refuses, then delivers', async () => {
    const smtp = await startTestSmtp((attempt) => (attempt <= 2 ? 'refuse' : 'accept'));
    running.push({ stop: smtp.close });
    const [id] = await writeMessages(1);
    await queueWith(smtp.port);
    await until(() => allSent(1));
    expect(smtp.received).toHaveLength(1);
    const [row] = await queryRows<{ attempts: number; last_error: string | null }>(
      handle.db,
      sql`select attempts, last_error from outbox_messages where id = ${id}`,
    );
    expect(row).toEqual({ attempts: 3, last_error: null });
  });

  it('marks a message dead after the last attempt, without the server reply', async () => {
    const smtp = await startTestSmtp(() => 'refuse');
    running.push({ stop: smtp.close });
    const [id] = await writeMessages(1);
    await queueWith(smtp.port, { maxAttempts: 2 });
    await until(async () => (await statuses())[0]?.status === 'dead');
    const [row] = await queryRows<{ attempts: number; last_error: string }>(
      handle.db,
      sql`select attempts, last_error from outbox_messages where id = ${id}`,
    );
    expect(row).toEqual({ attempts: 2, last_error: 'smtp 451' });
    expect(smtp.received).toHaveLength(0);
  });

  it('delivers once when the worker dies mid-delivery and another starts', async () => {
    const smtp = await startTestSmtp((attempt) => (attempt === 1 ? 'hang' : 'accept'));
    running.push({ stop: smtp.close });
    await writeMessages(1);
    const fast = { attemptTimeoutSeconds: 2, maintenanceIntervalSeconds: 1 };
    const first = await queueWith(smtp.port, fast);
    await until(async () => smtp.attempts() === 1);
    // The worker dies while the server holds the message unanswered.
    await first.stop({ graceful: false });
    await queueWith(smtp.port, fast);
    await until(() => allSent(1), 150);
    expect(smtp.received).toHaveLength(1);
  }, 180_000);

  it('sends nothing twice with two workers on the same queue', async () => {
    const smtp = await startTestSmtp();
    running.push({ stop: smtp.close });
    const ids = await writeMessages(30);
    await Promise.all([queueWith(smtp.port), queueWith(smtp.port)]);
    await until(() => allSent(30));
    expect(smtp.received).toHaveLength(30);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(ids.length);
  });
});
