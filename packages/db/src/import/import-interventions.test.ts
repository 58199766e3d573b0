import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database';
import { queryRows } from '../query-rows';
import { seed } from '../seed';
import { createTestDatabase } from '../test-database';
import { importInterventionsCsv } from './import-interventions';

let handle: DatabaseHandle;
let municipalityId: string;
let otherMunicipalityId: string;
let caseIds: string[];
let foreignCaseId: string;

const header = 'case_id,code,start_date,planned_end,end_date,provider,daily_rate';
const countFor = async (caseId: string) =>
  (
    await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from interventions where case_id = ${caseId}`,
    )
  )[0]?.n ?? 0;

beforeAll(async () => {
  handle = await createTestDatabase();
  const seeded = await seed(handle.db, {
    municipalities: 2,
    scale: 0.05,
    asOf: '2025-06-30',
    randomSeed: 3,
  });
  municipalityId = seeded.municipalities[0]?.id as string;
  otherMunicipalityId = seeded.municipalities[1]?.id as string;
  const own = await queryRows<{ id: string }>(
    handle.db,
    sql`select id::text from cases where municipality_id = ${municipalityId} order by id limit 3`,
  );
  caseIds = own.map((r) => r.id);
  const [foreign] = await queryRows<{ id: string }>(
    handle.db,
    sql`select id::text from cases where municipality_id = ${otherMunicipalityId} limit 1`,
  );
  foreignCaseId = foreign?.id as string;
});
afterAll(() => handle?.close());

describe('importInterventionsCsv', () => {
  it('inserts rows in batches with the child taken from the case, and is idempotent', async () => {
    const [a, b] = caseIds as [string, string];
    const before = await countFor(a);
    const csv = [
      header,
      `${a},family-treatment,2030-01-01,2030-06-30,,"Familiehuset, Nord",1250.50`,
      `${a},contact-person,2030-02-01,,,,`,
      `${b},foster-family,2030-03-01,,2030-09-30,Plejefamilie,`,
      // The same natural key twice in one file is imported once.
      `${b},foster-family,2030-03-01,,2030-09-30,Plejefamilie,`,
    ].join('\n');
    const first = await importInterventionsCsv(handle.db, [csv], { municipalityId, batchSize: 2 });
    expect(first).toEqual({ read: 4, inserted: 3, skipped: 1 });
    expect(await countFor(a)).toBe(before + 2);
    const [row] = await queryRows<{ child_ok: boolean; provider: string; rate: string }>(
      handle.db,
      sql`select i.child_id = c.child_id as child_ok, i.provider, i.daily_rate::text as rate
        from interventions i join cases c on c.id = i.case_id
        where i.case_id = ${a} and i.code = 'family-treatment' and i.start_date = '2030-01-01'`,
    );
    expect(row).toEqual({ child_ok: true, provider: 'Familiehuset, Nord', rate: '1250.50' });

    const again = await importInterventionsCsv(handle.db, [csv], { municipalityId });
    expect(again).toEqual({ read: 4, inserted: 0, skipped: 4 });
    expect(await countFor(a)).toBe(before + 2);
  });

  it('stores providers verbatim, whatever characters they hold', async () => {
    const c = caseIds[2] as string;
    const providers = ['Hus "Nord", {afd. 2}', 'C:\\tiltag\\', 'NULL'];
    const csv = [
      header,
      ...providers.map(
        (p, i) => `${c},contact-person,2032-0${i + 1}-01,,,"${p.replace(/"/g, '""')}",`,
      ),
    ].join('\n');
    expect(await importInterventionsCsv(handle.db, [csv], { municipalityId })).toEqual({
      read: 3,
      inserted: 3,
      skipped: 0,
    });
    const rows = await queryRows<{ provider: string }>(
      handle.db,
      sql`select provider from interventions
        where case_id = ${c} and code = 'contact-person' and start_date >= '2032-01-01'
        order by start_date`,
    );
    expect(rows.map((r) => r.provider)).toEqual(providers);
  });

  it("skips rows naming another municipality's case", async () => {
    const before = await countFor(foreignCaseId);
    const result = await importInterventionsCsv(
      handle.db,
      [`${header}\n${foreignCaseId},school,2030-01-01,,,,\n`],
      { municipalityId },
    );
    expect(result).toEqual({ read: 1, inserted: 0, skipped: 1 });
    expect(await countFor(foreignCaseId)).toBe(before);
  });

  it('rolls the whole import back on a malformed row, naming its line', async () => {
    const c = caseIds[2] as string;
    const before = await countFor(c);
    const csv = `${header}\n${c},school,2031-01-01,,,,\n${c},school,31-01-2031,,,,\n`;
    await expect(
      importInterventionsCsv(handle.db, [csv], { municipalityId, batchSize: 1 }),
    ).rejects.toThrow(/line 3: start_date/);
    expect(await countFor(c)).toBe(before);
  });

  it('refuses a file without the required columns', async () => {
    await expect(
      importInterventionsCsv(handle.db, ['case_id,code\n'], { municipalityId }),
    ).rejects.toThrow(/missing column\(s\) start_date/);
  });
});
