import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../query-rows';
import { ASSIGNMENTS_IMPORT } from './assignments-importer';
import { type ImportFixture, importFixture } from './import-fixture';
import { commitImport, validateImport } from './importer';

let f: ImportFixture;
beforeAll(async () => {
  f = await importFixture();
});
afterAll(() => f?.handle.close());

const header = 'case_id,caseworker_email,from_date,to_date';
const csv = (...rows: string[]) => [header, ...rows].join('\n');

describe('ASSIGNMENTS_IMPORT', () => {
  it('adds periods, hands the case to the latest open one and ends the older; a re-run writes nothing', async () => {
    const caseId = f.teamCaseIds[1] as string;
    const file = csv(
      `${caseId},${f.teamCaseworkerEmail},2036-01-01,`,
      `${caseId},${f.teamCaseworkerEmail},2036-01-01,`,
    );
    const run = () =>
      f.handle.db.transaction((tx) => commitImport(tx, ASSIGNMENTS_IMPORT, [file], f.teamScope));
    expect(await run()).toEqual({ read: 2, inserted: 1, skipped: 1, caseIds: [caseId] });
    const open = await queryRows<{ email: string; from: string }>(
      f.handle.db,
      sql`select w.email, a.from_date::text as from from case_assignments a
        join caseworkers w on w.id = a.caseworker_id
        where a.case_id = ${caseId} and a.to_date is null`,
    );
    expect(open).toEqual([{ email: f.teamCaseworkerEmail, from: '2036-01-01' }]);
    const [current] = await queryRows<{ email: string }>(
      f.handle.db,
      sql`select w.email from cases c join caseworkers w on w.id = c.caseworker_id where c.id = ${caseId}`,
    );
    expect(current?.email).toBe(f.teamCaseworkerEmail);
    const periods = await f.count('case_assignments', sql`case_id = ${caseId}`);
    expect(await run()).toEqual({ read: 2, inserted: 0, skipped: 2, caseIds: [] });
    expect(await f.count('case_assignments', sql`case_id = ${caseId}`)).toBe(periods);
  });

  it("dry run: names unknown caseworkers (another team's for a team leader), cases and periods ending before they start", async () => {
    const before = await f.count('case_assignments');
    const [a] = f.teamCaseIds as [string];
    const { problems } = await validateImport(
      f.handle.db,
      ASSIGNMENTS_IMPORT,
      [
        csv(
          `${a},ukendt@eksempelby.dk,2036-01-01,`,
          `${a},${f.otherTeamCaseworkerEmail},2036-01-01,`,
          `${a},${f.teamCaseworkerEmail},2036-01-01,2035-12-31`,
          `${f.otherTeamCaseId},${f.teamCaseworkerEmail},2036-01-01,`,
          `${a},not-an-email,2036-01-01,`,
        ),
      ],
      f.teamScope,
    );
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 'caseworker_email', 'unknownCaseworker'],
      [3, 'caseworker_email', 'unknownCaseworker'],
      [4, 'to_date', 'endBeforeStart'],
      [5, 'case_id', 'unknownCase'],
      [6, 'caseworker_email', 'invalidEmail'],
    ]);
    expect(await f.count('case_assignments')).toBe(before);
  });
});
