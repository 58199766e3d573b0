import { configVersions, count, createTestDatabase, type DatabaseHandle, seed } from '@trappen/db';
import { evaluateBusinessCase, herningBusinessCase } from '@trappen/savings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../testing/caller-for';

const LEADER = 'teamleder@eksempelby.dk';
let handle: DatabaseHandle;

async function callerAs(email: string) {
  const { caller, user } = await callerFor(handle.db, email, '2024-07-01');
  return { caller, name: user?.displayName ?? '' };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

const historyRows = async () =>
  (await handle.db.select({ n: count() }).from(configVersions))[0]?.n ?? 0;

const evaluationLine = {
  label: 'Ekstern evaluering',
  budgetArea: 'SO20',
  kind: 'investment' as const,
  type: 'oneOff' as const,
  year: 2017,
  amount: 300_000,
};

beforeAll(async () => {
  handle = await createTestDatabase();
  await seed(handle.db, { municipalities: 1, scale: 0.1, randomSeed: 3, asOf: '2024-06-30' });
}, 300_000);
afterAll(() => handle?.close());

describe('business case versions', () => {
  it('keeps every saved version and compares two of them year by year and line by line', async () => {
    const { caller, name } = await callerAs(LEADER);
    const [herning] = await caller.businessCases.list();
    if (!herning) throw new Error('the seed has no business case');
    const original = await caller.businessCases.get({ id: herning.id });
    // The seeded case has its first version kept, as every save keeps one.
    expect((await caller.businessCases.versions({ id: herning.id })).map((v) => v.version)).toEqual(
      [original.version],
    );

    const changed = {
      ...herningBusinessCase,
      lines: [...herningBusinessCase.lines, evaluationLine],
    };
    const saved = await caller.businessCases.save({
      id: herning.id,
      version: original.version,
      definition: changed,
    });
    expect(saved.version).toBe(original.version + 1);
    const versions = await caller.businessCases.versions({ id: herning.id });
    expect(versions.map((v) => v.version)).toEqual([saved.version, original.version]);
    expect(versions[0]).toMatchObject({ changedBy: name });
    expect(versions[0]?.changes.some((path) => path.startsWith('lines.'))).toBe(true);

    const comparison = await caller.businessCases.compare({
      id: herning.id,
      from: original.version,
      to: saved.version,
    });
    expect(comparison.from.evaluation.byYear).toEqual(original.evaluation.byYear);
    const expected = evaluateBusinessCase(changed);
    expect(comparison.to.evaluation.byYear).toEqual(expected.byYear);
    for (const [i, row] of comparison.byYear.entries()) {
      const before = original.evaluation.byYear[i];
      const after = expected.byYear[i];
      expect(row.year).toBe(after?.year);
      expect(row.difference.net).toBe((after?.net ?? 0) - (before?.net ?? 0));
      expect(row.difference.gross).toBe((after?.investment ?? 0) - (before?.investment ?? 0));
      expect(row.difference.cumulativeNet).toBe(
        (after?.cumulativeNet ?? 0) - (before?.cumulativeNet ?? 0),
      );
      expect(row.changed).toBe(row.year >= evaluationLine.year);
    }
    const added = comparison.lines.filter((l) => l.change === 'added');
    expect(added.map((l) => l.label)).toEqual([evaluationLine.label]);
    expect(
      comparison.lines.filter((l) => l.change !== 'added').every((l) => l.change === 'unchanged'),
    ).toBe(true);
  });

  it('answers a stale save with CONFLICT and keeps no version for it', async () => {
    const { caller } = await callerAs(LEADER);
    const [herning] = await caller.businessCases.list();
    if (!herning) throw new Error('the seed has no business case');
    const rows = await historyRows();
    const code = await codeOf(
      caller.businessCases.save({ id: herning.id, version: 1, definition: herningBusinessCase }),
    );
    expect(code).toBe('CONFLICT');
    expect(await historyRows()).toBe(rows);
  });

  it('refuses an unknown version and other roles', async () => {
    const { caller } = await callerAs(LEADER);
    const [herning] = await caller.businessCases.list();
    if (!herning) throw new Error('the seed has no business case');
    expect(await codeOf(caller.businessCases.compare({ id: herning.id, from: 1, to: 999 }))).toBe(
      'NOT_FOUND',
    );
    const { caller: caseworker } = await callerAs('sagsbehandler@eksempelby.dk');
    expect(await codeOf(caseworker.businessCases.versions({ id: herning.id }))).toBe('FORBIDDEN');
    expect(await codeOf(caseworker.businessCases.compare({ id: herning.id, from: 1, to: 2 }))).toBe(
      'FORBIDDEN',
    );
  });

  it('records the first version of a new business case', async () => {
    const { caller } = await callerAs(LEADER);
    const created = await caller.businessCases.save({
      definition: { ...herningBusinessCase, name: 'Ny business case' },
    });
    const versions = await caller.businessCases.versions({ id: created.id });
    expect(versions.map((v) => v.version)).toEqual([1]);
  });
});
