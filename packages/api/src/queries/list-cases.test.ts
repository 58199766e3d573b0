import { createTestDatabase, type DatabaseHandle, seed } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, type TestCaller } from '../testing/caller-for';

const TODAY = '2024-07-01';
let handle: DatabaseHandle;
let admin: TestCaller;
let caseworker: TestCaller;

type Item = Awaited<ReturnType<TestCaller['cases']['list']>>['items'][number];

/** Every case the caller may see with `status`, in pages of 20. */
async function everything(caller: TestCaller, status: 'open' | 'closed'): Promise<Item[]> {
  const items: Item[] = [];
  for (let page = 1; ; page += 1) {
    const result = await caller.cases.list({ scope: 'scope', status, pageSize: 20, page });
    items.push(...result.items);
    if (items.length >= result.total) return items;
  }
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seed(handle.db, { municipalities: 1, scale: 0.2, randomSeed: 5, asOf: '2024-06-30' });
  admin = (await callerFor(handle.db, 'administrator@eksempelby.dk', TODAY)).caller;
  caseworker = (await callerFor(handle.db, 'sagsbehandler@eksempelby.dk', TODAY)).caller;
}, 300_000);
afterAll(() => handle?.close());

describe('the case list', () => {
  it('pages through every case once, with names, team and caseworker filled in', async () => {
    const open = await everything(admin, 'open');
    expect(open.length).toBeGreaterThan(40);
    expect(new Set(open.map((i) => i.caseId)).size).toBe(open.length);
    expect(open.every((i) => i.status === 'open' && i.childName && i.reference)).toBe(true);
    expect(open.some((i) => i.caseworker?.name && i.team?.name)).toBe(true);
    const closed = await everything(admin, 'closed');
    expect(closed.every((i) => i.status === 'closed')).toBe(true);
    expect(closed.some((c) => open.some((o) => o.caseId === c.caseId))).toBe(false);
  });

  it('sorts by each column in both directions, ties broken the same way every time', async () => {
    const open = await everything(admin, 'open');
    const keys = {
      childName: (i: Item) => i.childName,
      reference: (i: Item) => i.reference,
      step: (i: Item) => i.currentStep?.rank ?? null,
      stepSince: (i: Item) => i.stepSince,
      nextDeadline: (i: Item) => i.nextDeadline,
    } as const;
    for (const [sortBy, key] of Object.entries(keys) as [keyof typeof keys, typeof keys.step][]) {
      for (const sortDirection of ['asc', 'desc'] as const) {
        const page = await admin.cases.list({
          scope: 'scope',
          sortBy,
          sortDirection,
          pageSize: 50,
        });
        const values = page.items.map(key).filter((v) => v !== null);
        const sorted = [...values].sort((a, b) =>
          a === b ? 0 : a < b === (sortDirection === 'asc') ? -1 : 1,
        );
        expect(values, `${sortBy} ${sortDirection}`).toEqual(sorted);
        expect(page.total).toBe(open.length);
      }
    }
  });

  it('filters by search, step, caseworker and overdue, and counts the matches', async () => {
    const open = await everything(admin, 'open');
    const sample = open[0] as Item;
    const byName = await admin.cases.list({ scope: 'scope', search: sample.childName.slice(0, 4) });
    expect(byName.items.map((i) => i.caseId)).toContain(sample.caseId);
    expect(
      byName.items.every((i) =>
        i.childName.toLowerCase().includes(sample.childName.slice(0, 4).toLowerCase()),
      ),
    ).toBe(true);
    const stepId = sample.currentStep?.id;
    if (!stepId) throw new Error('the sample case has no step');
    const onStep = await admin.cases.list({ scope: 'scope', stepId, pageSize: 100 });
    expect(onStep.total).toBe(open.filter((i) => i.currentStep?.id === stepId).length);
    const worker = sample.caseworker?.id;
    if (!worker) throw new Error('the sample case has no caseworker');
    const theirs = await admin.cases.list({ scope: 'scope', caseworkerId: worker, pageSize: 100 });
    expect(theirs.total).toBe(open.filter((i) => i.caseworker?.id === worker).length);
    const overdue = await admin.cases.list({ scope: 'scope', overdue: true, pageSize: 100 });
    expect(overdue.total).toBe(open.filter((i) => i.overdue).length);
    expect(overdue.items.every((i) => i.nextDeadline !== null && i.nextDeadline < TODAY)).toBe(
      true,
    );
    // A LIKE wildcard is searched for as text.
    expect((await admin.cases.list({ scope: 'scope', search: '%' })).total).toBe(0);
  });

  it("gives a caseworker their own cases as 'mine', and the total past the last page", async () => {
    const mine = await caseworker.cases.list({ scope: 'mine', pageSize: 100 });
    expect(mine.total).toBeGreaterThan(0);
    const ownId = mine.items[0]?.caseworker?.id;
    expect(mine.items.every((i) => i.caseworker?.id === ownId)).toBe(true);
    const beyond = await caseworker.cases.list({ scope: 'mine', page: 500 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(mine.total);
  });
});
