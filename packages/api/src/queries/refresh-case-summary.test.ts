import { randomUUID } from 'node:crypto';
import {
  and,
  cases,
  createTestDatabase,
  type DatabaseHandle,
  eq,
  interventions,
  isNull,
  seed,
} from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../testing/caller-for';
import { loadStaircase } from './load-staircase';
import { refreshCaseSummary } from './refresh-case-summary';

const TODAY = '2025-06-30';
const ADMIN = 'administrator@eksempelby.dk';
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seed(handle.db, { municipalities: 1, scale: 0.3, randomSeed: 17, asOf: TODAY });
}, 300_000);
afterAll(() => handle?.close());

const summaryOf = async (caseId: string) => {
  const [row] = await handle.db
    .select({
      currentStepId: cases.currentStepId,
      stepSince: cases.stepSince,
      nextFollowUp: cases.nextFollowUp,
      nextDeadline: cases.nextDeadline,
    })
    .from(cases)
    .where(eq(cases.id, caseId));
  return row;
};

describe('the case summary under concurrent writes', () => {
  it('parallel follow-ups on two interventions of one case leave the summary a fresh recompute gives', async () => {
    // Twelve open cases, each with a second open intervention next to its current one.
    const open = await handle.db
      .select()
      .from(interventions)
      .innerJoin(cases, eq(cases.id, interventions.caseId))
      .where(and(isNull(interventions.endDate), eq(cases.status, 'open')))
      .orderBy(interventions.caseId)
      .limit(40);
    const first = new Map(open.map(({ interventions: row }) => [row.caseId, row]));
    const pairs = [];
    for (const row of [...first.values()].slice(0, 12)) {
      const [second] = await handle.db
        .insert(interventions)
        .values({ ...row, id: randomUUID(), startDate: row.startDate, provider: 'Parallel' })
        .returning();
      if (second) pairs.push([row, second]);
    }
    expect(pairs.length).toBe(12);
    const { caller } = await callerFor(handle.db, ADMIN, TODAY);
    // Each case gets two follow-ups at once, one per intervention, with different next dates;
    // the case's next follow-up depends on both.
    const results = await Promise.allSettled(
      pairs.flatMap((rows) =>
        rows.map((row, i) =>
          caller.followUps.record({
            interventionId: row.id,
            interventionVersion: row.version,
            date: TODAY,
            outcome: 'continue',
            childHeard: true,
            nextDate: i === 0 ? '2025-08-01' : '2025-09-15',
            note: 'Samtidigt opfølgningsmøde',
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const staircase = await loadStaircase(handle.db, pairs[0]?.[0]?.municipalityId ?? '');
    const wrong: string[] = [];
    for (const rows of pairs) {
      const caseId = rows[0]?.caseId ?? '';
      const stored = await summaryOf(caseId);
      await handle.db.transaction((tx) => refreshCaseSummary(tx, staircase, caseId, TODAY));
      const fresh = await summaryOf(caseId);
      if (JSON.stringify(stored) !== JSON.stringify(fresh)) wrong.push(caseId);
    }
    expect(wrong).toEqual([]);
  });
});
