import {
  actionPlans,
  and,
  cases,
  eq,
  followUps,
  interventions,
  isNull,
  planComments,
  unstorableText,
} from '@trappen/db';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { fixtures } from '../src/testing/fixtures';
import { loginAs, type TestServer } from '../src/testing/test-server';
import { cookieHeader, rawCall, startSecurityServer } from './harness';
import { hostileString } from './hostile-values';

let server: TestServer;
let f: Awaited<ReturnType<typeof fixtures>>;
let staffCookie = '';
let parentCookie = '';
const logged: string[] = [];
beforeAll(async () => {
  server = await startSecurityServer({
    logger: createLogger({ level: 'error', destination: { write: (line) => logged.push(line) } }),
  });
  f = await fixtures(server);
  staffCookie = cookieHeader((await loginAs(server.url, 'sagsbehandler@eksempelby.dk')).jar);
  parentCookie = cookieHeader((await loginAs(server.url, 'foraelder@eksempelby.dk')).jar);
});
afterAll(() => server?.close());
const db = () => server.handle.db;

/** Hostile text: the suite's strings plus NUL bytes, lone surrogates and odd Unicode. */
const text = fc.oneof(
  hostileString,
  fc.constantFrom(
    'a\u0000b',
    '\u0000',
    'x\ud800',
    '\udfff',
    '\ud83d',
    '😀\u0301',
    '\u202e\u200b',
    '  ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
/** Hostile numbers: huge, tiny, negative, fractional, unsafe integers. */
const number = fc.oneof(
  fc.constantFrom(1e308, -1e308, 5e-324, -0, 2 ** 53 + 1, -1, 0.1 + 0.2, 1_000_001),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

type Answer = Awaited<ReturnType<typeof rawCall>>;
/** Never a 500; a refusal is a 400 naming a field (or a clean NOT_FOUND/CONFLICT); else a write. */
function judge(label: string, answer: Answer): boolean {
  expect([label, answer.status < 500, answer.text]).toEqual([label, true, answer.text]);
  if (answer.status === 400) {
    const fields = (answer.body.error?.data as { fieldErrors?: Record<string, string[]> })
      ?.fieldErrors;
    expect([label, Object.keys(fields ?? {}).length > 0]).toEqual([label, true]);
    return false;
  }
  expect([label, answer.status]).toEqual([label, 200]);
  return true;
}
const storable = (value: string) => unstorableText(value) === null;

const mutation = (path: string) => ({ path, type: 'mutation' as const });

describe('fuzzing that reaches the database: valid ids, hostile text and numbers in every field', () => {
  it('intervention updates, follow-ups, plans, new interventions and parent comments never answer 500 and store exactly what they accept', async () => {
    const caseId = f.ownCase?.id ?? '';
    const openIntervention = async () =>
      (
        await db()
          .select()
          .from(interventions)
          .where(and(eq(interventions.caseId, caseId), isNull(interventions.endDate)))
          .orderBy(interventions.startDate)
      )[0];
    const plan = async () =>
      (await db().select().from(actionPlans).where(eq(actionPlans.caseId, caseId)))[0];
    const caseVersion = async () =>
      (await db().select().from(cases).where(eq(cases.id, caseId)))[0]?.version ?? 1;
    const first = await openIntervention();
    if (!first || !(await plan()))
      throw new Error('the caseworker’s case needs an intervention and a plan');
    let writes = 0;

    // interventions.update: provider (text), dailyRate (number), plannedEnd (date text).
    for (const [field, arbitrary] of [
      ['provider', text],
      ['dailyRate', number],
      ['plannedEnd', text],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (value) => {
          const row = await openIntervention();
          const answer = await rawCall(
            server.url,
            mutation('interventions.update'),
            { id: row?.id, version: row?.version, [field]: value },
            staffCookie,
          );
          if (!judge(`interventions.update ${field}`, answer)) return;
          writes += 1;
          const [after] = await db()
            .select()
            .from(interventions)
            .where(eq(interventions.id, row?.id ?? ''));
          if (field === 'provider') expect(after?.provider).toBe((value as string).trim());
          if (field === 'dailyRate')
            expect(Number(after?.dailyRate)).toBeCloseTo(value as number, 2);
          if (field === 'plannedEnd') expect(after?.plannedEnd).toBe(value);
        }),
        { numRuns: 25, seed: 17 },
      );
    }

    // followUps.record: note (text), nextDate (date text).
    for (const [field, arbitrary] of [
      ['note', text],
      ['nextDate', text],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (value) => {
          const row = await openIntervention();
          const answer = await rawCall(
            server.url,
            mutation('followUps.record'),
            {
              interventionId: row?.id,
              interventionVersion: row?.version,
              date: '2025-06-30',
              outcome: 'continue',
              childHeard: true,
              [field]: value,
            },
            staffCookie,
          );
          if (!judge(`followUps.record ${field}`, answer)) return;
          writes += 1;
          const id =
            (answer.body.result?.data as { followUp?: { id: string } } | undefined)?.followUp?.id ??
            '';
          const [after] = await db().select().from(followUps).where(eq(followUps.id, id));
          if (field === 'note') expect(after?.note).toBe((value as string).trim());
          else expect(after?.nextDate).toBe(value);
        }),
        { numRuns: 25, seed: 18 },
      );
    }

    // plans.save: purpose and a goal (text).
    for (const field of ['purpose', 'goal'] as const) {
      await fc.assert(
        fc.asyncProperty(text, async (value) => {
          const current = await plan();
          const answer = await rawCall(
            server.url,
            mutation('plans.save'),
            {
              caseId,
              version: current?.version,
              purpose: field === 'purpose' ? value : 'Formål',
              goals: field === 'goal' ? [value] : ['Mål'],
              timeFrameFrom: '2025-06-30',
              timeFrameTo: '2025-12-31',
            },
            staffCookie,
          );
          if (!judge(`plans.save ${field}`, answer)) return;
          writes += 1;
          const after = await plan();
          if (field === 'purpose') expect(after?.purpose).toBe(value.trim());
          else expect(after?.goals).toEqual([value.trim()]);
        }),
        { numRuns: 25, seed: 19 },
      );
    }

    // interventions.add: provider (text) and dailyRate (number) on a real case.
    for (const [field, arbitrary] of [
      ['provider', text],
      ['dailyRate', number],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (value) => {
          const answer = await rawCall(
            server.url,
            mutation('interventions.add'),
            {
              caseId,
              caseVersion: await caseVersion(),
              code: first.code,
              startDate: '2025-06-30',
              [field]: value,
            },
            staffCookie,
          );
          if (!judge(`interventions.add ${field}`, answer)) return;
          writes += 1;
          const id = (answer.body.result?.data as { id?: string } | undefined)?.id ?? '';
          const [after] = await db().select().from(interventions).where(eq(interventions.id, id));
          if (field === 'provider') expect(after?.provider).toBe((value as string).trim());
          else expect(Number(after?.dailyRate)).toBeCloseTo(value as number, 2);
        }),
        { numRuns: 20, seed: 20 },
      );
    }

    // plans.addComment (parent, own child): body (text).
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const answer = await rawCall(
          server.url,
          mutation('plans.addComment'),
          { childId: f.parentChildren[0], body: value },
          parentCookie,
        );
        if (!judge('plans.addComment body', answer)) return;
        writes += 1;
        const id = (answer.body.result?.data as { id?: string } | undefined)?.id ?? '';
        const [after] = await db().select().from(planComments).where(eq(planComments.id, id));
        expect(after?.body).toBe(value.trim());
      }),
      { numRuns: 25, seed: 21 },
    );

    // Some hostile values are fine text and were written; nothing unstorable was.
    expect(writes).toBeGreaterThan(20);
    for (const row of await db().select().from(planComments)) expect(storable(row.body)).toBe(true);
    for (const row of await db()
      .select()
      .from(interventions)
      .where(eq(interventions.caseId, caseId)))
      expect(storable(row.provider)).toBe(true);
    expect(logged).toEqual([]);
  });
});
