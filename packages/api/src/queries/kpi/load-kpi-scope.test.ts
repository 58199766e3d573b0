import { createTestDatabase, type DatabaseHandle, eq, ruleSets, seed } from '@trappen/db';
import { defaultStaircase } from '@trappen/staircase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKpiScope } from './load-kpi-scope';

const TODAY = '2025-06-30';
let handle: DatabaseHandle;
let municipalityId = '';

beforeAll(async () => {
  handle = await createTestDatabase();
  const seeded = await seed(handle.db, {
    municipalities: 1,
    scale: 0.05,
    asOf: TODAY,
    randomSeed: 3,
  });
  municipalityId = seeded.municipalities[0]?.id ?? '';
});
afterAll(() => handle?.close());

const cadenceOf = async (code: string) =>
  (await loadKpiScope(handle.db, municipalityId, TODAY)).scope.catalogue.find(
    (c) => c.code === code,
  );

describe('loadKpiScope', () => {
  it("follows the municipality's saved follow-up rules, as the caseworkers' deadlines do", async () => {
    const entry = defaultStaircase.interventions.find((i) => i.followUpEveryDays > 30);
    if (!entry) throw new Error('no intervention with a follow-up cadence');
    expect(await cadenceOf(entry.code)).toMatchObject({ cadence: entry.followUpEveryDays });
    await handle.db
      .update(ruleSets)
      .set({
        rules: {
          followUpRules: {
            version: 'eksempelby-monthly-day-care',
            rules: [
              { kind: 'followUp', firstAfterDays: 14, everyDaysByCode: { [entry.code]: 30 } },
              { kind: 'stepReassessment' },
            ],
          },
        },
      })
      .where(eq(ruleSets.municipalityId, municipalityId));
    expect(await cadenceOf(entry.code)).toMatchObject({ cadence: 30, first_after: 14 });
  });
});
