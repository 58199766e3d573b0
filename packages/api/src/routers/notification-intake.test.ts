import {
  children,
  count,
  createTestDatabase,
  type DatabaseHandle,
  guardians,
  notifications,
  queryRows,
  seed,
  sql,
} from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import { callerFor, type TestCaller } from '../testing/caller-for';

const TODAY = '2024-07-01';
// Monday 1 July 2024, 10:00 Danish summer time.
const NOW = new Date('2024-07-01T10:00:00+02:00');
const CPR = '150318-4321';
let handle: DatabaseHandle;
let caseworker: TestCaller;
let leader: TestCaller;
let caseworkerId: string;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected the call to fail');
}

const rowsIn = async () => ({
  children: (await handle.db.select({ n: count() }).from(children))[0]?.n,
  guardians: (await handle.db.select({ n: count() }).from(guardians))[0]?.n,
  notifications: (await handle.db.select({ n: count() }).from(notifications))[0]?.n,
});

const school = (receivedAt: string, child: { name: string; birthDate: string }) => ({
  receivedAt,
  source: 'school' as const,
  reporter: { name: 'Skovby Skole', contact: 'kontor@skovby.example', professional: true },
  child: { kind: 'new' as const, ...child },
  concern: 'Barnet kommer sultent i skole og har blå mærker på armene.',
  violenceOrAbuse: true,
});

beforeAll(async () => {
  handle = await createTestDatabase();
  await seed(handle.db, { municipalities: 1, scale: 0.1, randomSeed: 11, asOf: '2024-06-30' });
  const worker = await callerFor(handle.db, 'sagsbehandler@eksempelby.dk', TODAY, () => NOW);
  caseworker = worker.caller;
  caseworkerId = worker.user?.caseworkerId ?? '';
  leader = (await callerFor(handle.db, 'teamleder@eksempelby.dk', TODAY, () => NOW)).caller;
}, 300_000);
afterAll(() => handle?.close());

describe('from a notification to an open case', () => {
  it('takes a school notification through assessment, receipt, a new case and a child assessment', async () => {
    const received = await caseworker.notifications.receive(
      school('2024-07-01T08:00:00+02:00', { name: 'Ida Skov', birthDate: '2018-03-15' }),
    );
    // 24 hours from 08:00; two hours gone at 10:00.
    expect(received.clock).toEqual({
      deadline: '2024-07-02T06:00:00.000Z',
      minutesLeft: 22 * 60,
      status: 'ok',
    });
    // Monday 1 July + 6 working days.
    expect(received.receipt?.due).toBe('2024-07-09');

    const queue = await leader.notifications.queue();
    expect(queue.awaitingAssessment.map((n) => n.id)).toContain(received.id);

    const assessed = await caseworker.notifications.assess({
      notificationId: received.id,
      version: received.version,
      assessedAt: '2024-07-01T09:30:00+02:00',
      childInDanger: false,
      outcome: 'childAssessment',
      reason: 'Behov for en børnefaglig undersøgelse.',
    });
    expect(assessed.clock.status).toBe('assessed');
    expect(assessed.assessment?.outcome).toBe('childAssessment');

    const pending = (await caseworker.notifications.queue()).awaitingReceipt.find(
      (n) => n.id === received.id,
    );
    expect(pending?.receipt?.text).toContain('underretning af 1. juli 2024');
    const sent = await caseworker.notifications.markReceiptSent({
      notificationId: received.id,
      version: assessed.version,
      sentOn: TODAY,
    });
    expect(sent.receipt?.sentOn).toBe(TODAY);

    expect(
      await caseworker.children.search({ name: 'Ida Skov', birthDate: '2018-03-15', cpr: CPR }),
    ).toEqual([]);
    const opened = await caseworker.cases.open({
      child: {
        kind: 'new',
        name: 'Ida Skov',
        birthDate: '2018-03-15',
        cpr: CPR,
        addressDistrict: 'Nord',
        custodyHolders: [
          { name: 'Maria Skov', relation: 'mor', contact: '12345678', hasCustody: true },
          { name: 'Jens Skov', relation: 'far', contact: '', hasCustody: true },
        ],
      },
      openedOn: TODAY,
      caseworkerId,
      notificationId: received.id,
      notificationVersion: sent.version,
    });
    const holders = await queryRows<{ name: string; custody: boolean }>(
      handle.db,
      sql`select name, custody from guardians where child_id = ${opened.childId} order by name`,
    );
    expect(holders).toEqual([
      { name: 'Jens Skov', custody: true },
      { name: 'Maria Skov', custody: true },
    ]);

    const started = await caseworker.assessments.start({
      caseId: opened.caseId,
      startedOn: TODAY,
      notificationId: received.id,
    });
    expect(started.dueOn).toBe('2024-11-01');

    const mine = await caseworker.cases.list({ scope: 'mine', search: 'Ida Skov' });
    expect(mine.items.map((c) => [c.caseId, c.nextDeadline])).toEqual([
      [opened.caseId, '2024-11-01'],
    ]);
    const onCase = await caseworker.notifications.forCase({ caseId: opened.caseId });
    expect(onCase.map((n) => n.id)).toEqual([received.id]);

    // After the deadline the case is in the overdue filter.
    const later = (await callerFor(handle.db, 'sagsbehandler@eksempelby.dk', '2024-11-04')).caller;
    const overdue = await later.cases.list({ scope: 'mine', overdue: true, search: 'Ida Skov' });
    expect(overdue.items.map((c) => c.caseId)).toEqual([opened.caseId]);
    // …and on the team page's list of what a leader must act on.
    const team = await later.caseload.overview({});
    expect(
      team.violations.filter((v) => v.childId === opened.childId).map((v) => [v.kind, v.dueDate]),
    ).toEqual([['overdueChildAssessment', '2024-11-01']]);

    const concluded = await caseworker.assessments.conclude({
      assessmentId: started.id,
      version: started.version,
      concludedOn: TODAY,
      conclusion: 'Familiebehandling anbefales.',
      childView: 'Ida vil gerne blive boende hjemme.',
    });
    expect(concluded.status).toBe('concluded');
    const after = await caseworker.cases.list({ scope: 'mine', search: 'Ida Skov' });
    expect(after.items[0]?.nextDeadline).toBeNull();

    // The CPR number is in no audit row.
    const leaks = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where criteria::text like '%1503184321%' or criteria::text like '%150318-4321%'`,
    );
    expect(leaks[0]?.n).toBe(0);
  });

  it('counts repeated notifications about the same child and links them to the open case', async () => {
    const [child] = await caseworker.children.search({ name: 'Ida Skov' });
    if (!child) throw new Error('the first test registers Ida');
    expect(child.cprMasked).toBe('150318-xxxx');
    const again = await caseworker.notifications.receive({
      receivedAt: '2024-07-01T09:45:00+02:00',
      source: 'police',
      reporter: null,
      child: { kind: 'existing', childId: child.childId },
      concern: 'Uro i hjemmet natten til mandag.',
      violenceOrAbuse: false,
    });
    expect(again.caseId).toBe(child.openCaseId);
    expect(again.otherNotifications).toBe(1);
    expect(again.receipt).toBeNull();
  });
});

describe('bad input changes nothing', () => {
  it('refuses a receipt time in the future, naming the field in Danish and English', async () => {
    const before = await rowsIn();
    const error = await errorOf(
      caseworker.notifications.receive(
        school('2024-07-01T12:00:00+02:00', { name: 'Bo', birthDate: '2019-01-01' }),
      ),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.fieldErrors.receivedAt?.[0]).toMatch(/fremtiden.*future/);
    expect(await rowsIn()).toEqual(before);
  });

  it('refuses an unknown child', async () => {
    const error = await errorOf(
      caseworker.notifications.receive({
        ...school('2024-07-01T08:00:00+02:00', { name: 'x', birthDate: '2019-01-01' }),
        child: { kind: 'existing', childId: '00000000-0000-4000-8000-000000000000' },
      }),
    );
    expect(Object.keys(error.fieldErrors)).toEqual(['child.childId']);
  });

  it('refuses an assessment before the notification was received', async () => {
    const n = await caseworker.notifications.receive(
      school('2024-07-01T09:00:00+02:00', { name: 'Alma Ny', birthDate: '2020-02-02' }),
    );
    const error = await errorOf(
      caseworker.notifications.assess({
        notificationId: n.id,
        version: n.version,
        assessedAt: '2024-07-01T08:59:00+02:00',
        childInDanger: false,
        outcome: 'advice',
        reason: '',
      }),
    );
    expect(error.fieldErrors.assessedAt?.[0]).toMatch(/før .*before/);
    const [still] = (await caseworker.notifications.queue()).awaitingAssessment.filter(
      (q) => q.id === n.id,
    );
    expect(still?.version).toBe(n.version);
  });

  it('refuses a CPR number whose date does not exist, creating no child', async () => {
    const before = await rowsIn();
    const error = await errorOf(
      caseworker.cases.open({
        child: {
          kind: 'new',
          name: 'Karl Fejl',
          birthDate: '2018-02-28',
          cpr: '310218-4321',
          addressDistrict: '',
          custodyHolders: [{ name: 'Mor', relation: 'mor', contact: '', hasCustody: true }],
        },
        openedOn: TODAY,
        caseworkerId,
        allowSimilar: false,
      }),
    );
    expect(error.fieldErrors['child.cpr']?.[0]).toMatch(/dato.*date/);
    expect(JSON.stringify(error.fieldErrors)).not.toContain('4321');
    expect(await rowsIn()).toEqual(before);
  });

  it('offers the existing child for the same CPR, or the same name and birth date', async () => {
    const base = {
      kind: 'new' as const,
      name: 'Ida Skov',
      birthDate: '2018-03-15',
      addressDistrict: '',
      custodyHolders: [],
    };
    const sameCpr = await errorOf(
      caseworker.cases.open({
        child: { ...base, name: 'Ida S.', cpr: CPR },
        openedOn: TODAY,
        caseworkerId,
        allowSimilar: true,
      }),
    );
    expect(sameCpr.fieldErrors['child.cpr']?.[0]).toMatch(/findes allerede/);
    const sameName = await errorOf(
      caseworker.cases.open({
        child: { ...base, cpr: '' },
        openedOn: TODAY,
        caseworkerId,
        allowSimilar: false,
      }),
    );
    expect(sameName.fieldErrors['child.name']?.[0]).toMatch(/same name and birth date/);
  });
});

describe('two people assessing the same notification at once', () => {
  it('lets one win and gives the other CONFLICT', async () => {
    const n = await caseworker.notifications.receive(
      school('2024-07-01T07:00:00+02:00', { name: 'Otto Dobbelt', birthDate: '2016-06-06' }),
    );
    const assess = (caller: TestCaller, outcome: 'advice' | 'noAction') =>
      caller.notifications.assess({
        notificationId: n.id,
        version: n.version,
        assessedAt: '2024-07-01T09:55:00+02:00',
        childInDanger: false,
        outcome,
        reason: 'Vurderet.',
      });
    const results = await Promise.allSettled([
      assess(caseworker, 'advice'),
      assess(leader, 'noAction'),
    ]);
    const codes = results.map((r) =>
      r.status === 'fulfilled' ? 'OK' : (r.reason as AppError).code,
    );
    expect(codes.sort()).toEqual(['CONFLICT', 'OK']);
  });
});

describe('who may see notifications', () => {
  it('parents and council members never do', async () => {
    for (const email of ['foraelder@eksempelby.dk', 'byraad@eksempelby.dk']) {
      const { caller } = await callerFor(handle.db, email, TODAY, () => NOW);
      expect((await errorOf(caller.notifications.queue())).code).toBe('FORBIDDEN');
      expect((await errorOf(caller.children.search({ name: 'Ida Skov' }))).code).toBe('FORBIDDEN');
    }
  });
});

describe('the board reads the intake', () => {
  it("counts intake notifications in the board's figures and the 24-hour share, disclosure-controlled", async () => {
    for (let i = 0; i < 5; i += 1) {
      const n = await caseworker.notifications.receive(
        school(`2024-07-01T0${i}:10:00+02:00`, { name: `Barn ${i}`, birthDate: '2021-01-01' }),
      );
      await caseworker.notifications.assess({
        notificationId: n.id,
        version: n.version,
        assessedAt: '2024-07-01T09:00:00+02:00',
        childInDanger: false,
        outcome: 'advice',
        reason: '',
      });
    }
    const intake = await queryRows<{ n: number; in_time: number }>(
      handle.db,
      sql`select count(*)::int as n, count(*) filter (where assessed_at <= assessment_due_at)::int as in_time
          from notifications where status <> 'historical'`,
    );
    const { n, in_time } = intake[0] ?? { n: 0, in_time: 0 };
    expect(n).toBeGreaterThanOrEqual(9);
    const council = (await callerFor(handle.db, 'byraad@eksempelby.dk', '2024-10-01')).caller;
    const board = await council.kpi.board();
    const quarter = board.periods.find((p) => p.kind === 'quarter' && p.from === '2024-07-01');
    const figure = board.notifications.find((row) => row.label === quarter?.label);
    // The seed ends on 30 June: every notification of the third quarter came through intake.
    // The board shows that count, or hides the quarter to protect a small cell beside it.
    expect(figure?.count.kind).not.toBe('suppressed');
    if (figure?.count.kind === 'value') expect(figure.count.value).toBe(n);
    const [year] = (await council.notifications.timeliness()).filter((y) => y.year === 2024);
    const late = n - in_time;
    if (late === 0 || late >= 5) {
      expect(year?.notifications).toEqual({ kind: 'value', value: n });
      expect(year?.assessedWithin24Hours).toEqual({ kind: 'value', value: in_time });
    } else {
      // A late count of 1–4 could be worked out from the total and the on-time count, so
      // they are never both shown.
      const both =
        year?.assessedWithin24Hours.kind === 'value' && year?.notifications.kind === 'value';
      expect(both).toBe(false);
    }
  });
});
