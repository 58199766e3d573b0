import type { CaseloadNormsInput } from '@trappen/caseload';
import { createTestDatabase, type DatabaseHandle, seed } from '@trappen/db';
import * as testing from '@trappen/kpi/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStaircase } from '../load-staircase';
import { computeKpis, type RawKpis } from './compute-kpis';
import { loadKpiScope } from './load-kpi-scope';
import { expectedRows } from './testing/expected-rows';
import { insertKpiInput } from './testing/insert-kpi-input';
import { readKpiInput } from './testing/read-kpi-input';

const TODAY = '2024-07-01';
let handle: DatabaseHandle;
const datasets: { name: string; municipalityId: string }[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  // Two seeded municipalities of different sizes (the demo town at 0.3 and a random one) …
  const seeded = await seed(handle.db, {
    municipalities: 2,
    scale: 0.3,
    randomSeed: 11,
    asOf: '2024-06-30',
  });
  for (const m of seeded.municipalities)
    datasets.push({ name: `seed 11 ${m.name}`, municipalityId: m.id });
  // … and @trappen/kpi's generator (overlapping placements, leave, reopened follow-ups) at
  // three sizes, the medium one with a weighted caseload norm (placements, a step, and a
  // team with weights of its own).
  const weighted: CaseloadNormsInput = {
    municipality: {
      target: 20,
      max: 24,
      weights: { placement: 1.5, byStep: { 'home-based': 1.25 } },
    },
    teams: { north: { max: 22, weights: { byStep: { institution: 2 } } }, south: { target: 18 } },
  };
  for (const [seedNumber, children, norms] of [
    [1, testing.GENERATOR_SIZES.tiny, undefined],
    [2, testing.GENERATOR_SIZES.small, undefined],
    [3, testing.GENERATOR_SIZES.medium, weighted],
  ] as const) {
    const input = testing.generateKpiInput({ seed: seedNumber, children });
    const name = `gen-${seedNumber}-${children}`;
    datasets.push({ name, municipalityId: await insertKpiInput(handle.db, input, name, norms) });
  }
}, 300_000);
afterAll(() => handle?.close());

type Row = Record<string, unknown>;
const key = (row: Row) =>
  JSON.stringify(
    Object.entries(row).filter(([, v]) => typeof v !== 'number' || Number.isInteger(v)),
  );
const sorted = <T extends Row>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));

/** Integers must match exactly; sums of FTEs (float in JS, numeric in SQL) to 1e-9. */
function expectSameRows<T extends Row>(actual: readonly T[], expected: readonly T[], what: string) {
  const a = sorted(actual);
  const e = sorted(expected);
  expect(a.length, `${what}: rows`).toBe(e.length);
  a.forEach((row, i) => {
    const want = e[i] as T;
    for (const [field, value] of Object.entries(want)) {
      if (typeof value === 'number' && !Number.isInteger(value))
        expect(row[field], `${what} ${key(want)} ${field}`).toBeCloseTo(value, 9);
      else expect(row[field], `${what} ${key(want)} ${field}`).toEqual(value);
    }
  });
}

describe('KPI SQL equals the @trappen/kpi reference', () => {
  it('for every KPI, period (years and quarters) and dataset', async () => {
    expect(datasets.length).toBe(5);
    for (const { name, municipalityId } of datasets) {
      const { scope, norms } = await loadKpiScope(handle.db, municipalityId, TODAY);
      const raw: RawKpis = await computeKpis(handle.db, scope, norms);
      const input = await readKpiInput(
        handle.db,
        municipalityId,
        await loadStaircase(handle.db, municipalityId),
      );
      expect(input.children.length, name).toBeGreaterThan(10);
      expect(raw.periods.length, name).toBeGreaterThan(30);
      const expected = expectedRows(input, raw.periods, norms);
      if (name.startsWith('gen-3')) {
        // The weights must change figures, or the comparison proves nothing about them.
        expect(norms.municipality.weights, name).toBeDefined();
        expect(
          expected.caseload.some((c) => c.weightedLoad > c.children),
          name,
        ).toBe(true);
      }
      // The data must exercise the figures, not compare empty tables.
      expect(expected.placed.length, name).toBeGreaterThan(0);
      if (input.children.length >= 50) {
        expect(
          expected.followUps.some((f) => f.due > f.onTime && f.onTime > 0),
          name,
        ).toBe(true);
        expect(
          expected.movement.some((m) => m.down > 0 && m.up > 0),
          name,
        ).toBe(true);
      }
      for (const kpi of Object.keys(expected) as (keyof typeof expected)[]) {
        expectSameRows(
          raw[kpi] as unknown as Row[],
          expected[kpi] as unknown as Row[],
          `${name} ${kpi}`,
        );
      }
    }
  }, 300_000);
});
