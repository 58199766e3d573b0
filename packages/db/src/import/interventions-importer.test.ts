import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportFixture, importFixture } from './import-fixture';
import { commitImport, ImportRejectedError, validateImport } from './importer';
import { INTERVENTIONS_IMPORT } from './interventions-importer';

let f: ImportFixture;
beforeAll(async () => {
  f = await importFixture();
});
afterAll(() => f?.handle.close());

const header = 'case_id,code,start_date,planned_end,end_date,provider,daily_rate';
const csv = (...rows: string[]) => [header, ...rows].join('\r\n');
const countFor = (caseId: string) => f.count('interventions', sql`case_id = ${caseId}`);

describe('INTERVENTIONS_IMPORT', () => {
  it('dry run: lists every bad row with line, column, value and reason, writing nothing', async () => {
    const [a] = f.teamCaseIds as [string];
    const before = await f.count('interventions');
    const file = csv(
      `${a},family-treatment,2030-01-01,,,,`,
      `${f.foreignCaseId},school,2030-01-01,,,,`,
      `${a},no-such-code,2030-01-01,,,,`,
      `${a},school,2030-02-30,,,,`,
      `${a},school,2030-03-01,2030-02-01,2030-01-01,,abc`,
      `not-a-uuid,,2030-01-01,,,,`,
    );
    const { read, problems } = await validateImport(
      f.handle.db,
      INTERVENTIONS_IMPORT,
      [file],
      f.scope,
    );
    expect(read).toBe(6);
    expect(problems.map((p) => [p.line, p.column, p.value, p.code])).toEqual([
      [3, 'case_id', f.foreignCaseId, 'unknownCase'],
      [4, 'code', 'no-such-code', 'unknownCode'],
      [5, 'start_date', '2030-02-30', 'invalidDate'],
      [6, 'daily_rate', 'abc', 'invalidNumber'],
      [7, 'case_id', 'not-a-uuid', 'invalidUuid'],
      [7, 'code', '', 'required'],
    ]);
    expect(problems.every((p) => p.reason.length > 0)).toBe(true);
    expect(await f.count('interventions')).toBe(before);
  });

  it('names end dates before the start once the cells parse', async () => {
    const [a] = f.teamCaseIds as [string];
    const { problems } = await validateImport(
      f.handle.db,
      INTERVENTIONS_IMPORT,
      [csv(`${a},school,2030-03-01,2030-02-01,2030-01-01,,`)],
      f.scope,
    );
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 'planned_end', 'endBeforeStart'],
      [2, 'end_date', 'endBeforeStart'],
    ]);
  });

  it('commits a clean file in batches, and a second run writes nothing', async () => {
    const [a, b] = f.teamCaseIds as [string, string];
    const before = (await countFor(a)) + (await countFor(b));
    const file = csv(
      `${a},family-treatment,2031-01-01,2031-06-30,,"Familiehuset, Nord",1250.50`,
      `${a},contact-person,2031-02-01,,,,`,
      `${b},foster-family,2031-03-01,,2031-09-30,Plejefamilie,`,
      `${b},foster-family,2031-03-01,,2031-09-30,Plejefamilie,`,
    );
    const run = () =>
      f.handle.db.transaction((tx) => commitImport(tx, INTERVENTIONS_IMPORT, [file], f.scope, 2));
    const first = await run();
    expect(first).toMatchObject({ read: 4, inserted: 3, skipped: 1 });
    expect([...first.caseIds].sort()).toEqual([a, b].sort());
    expect((await countFor(a)) + (await countFor(b))).toBe(before + 3);
    expect(await run()).toEqual({ read: 4, inserted: 0, skipped: 4, caseIds: [] });
    expect((await countFor(a)) + (await countFor(b))).toBe(before + 3);
  });

  it("refuses the whole file when one row is bad, and a team leader's file naming another team's case", async () => {
    const [a] = f.teamCaseIds as [string];
    const before = await f.count('interventions');
    const file = csv(`${a},school,2032-01-01,,,,`, `${f.otherTeamCaseId},school,2032-01-01,,,,`);
    const error = await f.handle.db
      .transaction((tx) => commitImport(tx, INTERVENTIONS_IMPORT, [file], f.teamScope))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems).toMatchObject([
      { line: 3, column: 'case_id', code: 'unknownCase' },
    ]);
    expect(await f.count('interventions')).toBe(before);
  });

  it('reports missing required columns on line 1 and reads a header with a byte-order mark', async () => {
    const missing = await validateImport(
      f.handle.db,
      INTERVENTIONS_IMPORT,
      ['case_id,code\r\n'],
      f.scope,
    );
    expect(missing.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [1, 'start_date', 'missingColumn'],
    ]);
    const [a] = f.teamCaseIds as [string];
    const bom = await validateImport(
      f.handle.db,
      INTERVENTIONS_IMPORT,
      [`\uFEFFCASE_ID,code,start_date\n${a},school,2033-01-01\n`],
      f.scope,
    );
    expect(bom.problems).toEqual([]);
    const semicolons = await validateImport(
      f.handle.db,
      INTERVENTIONS_IMPORT,
      [`case_id;code;start_date;daily_rate\r\n${a};school;2033-01-01;1250,50\r\n`],
      f.scope,
    );
    expect(semicolons.problems).toEqual([]);
    expect(semicolons.rows[0]?.values.daily_rate).toBe(1250.5);
    const empty = await validateImport(f.handle.db, INTERVENTIONS_IMPORT, [`${header}\n`], f.scope);
    expect(empty.problems.map((p) => p.code)).toEqual(['emptyFile']);
    const broken = await validateImport(
      f.handle.db,
      INTERVENTIONS_IMPORT,
      [`${header}\n"x`],
      f.scope,
    );
    expect(broken.problems.map((p) => p.code)).toEqual(['badCsv']);
  });
});
