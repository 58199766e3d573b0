import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../query-rows';
import { CHILDREN_IMPORT } from './children-importer';
import { type ImportFixture, importFixture } from './import-fixture';
import { commitImport, validateImport } from './importer';

let f: ImportFixture;
beforeAll(async () => {
  f = await importFixture();
});
afterAll(() => f?.handle.close());

const header = 'child_reference,name,birth_date,cpr,case_id,opened_on,closed_on,caseworker_email';
const csv = (...rows: string[]) => [header, ...rows].join('\n');

describe('CHILDREN_IMPORT', () => {
  it('creates each child with its case, team and first assignment; a re-run writes nothing', async () => {
    const [c1, c2, c3] = [randomUUID(), randomUUID(), randomUUID()];
    const file = csv(
      `IMP-1,Ane Import,2015-04-01,,${c1},2025-01-02,,${f.teamCaseworkerEmail.toUpperCase()}`,
      `IMP-1,Ane Import,2015-04-01,,${c2},2023-01-02,2023-12-31,`,
      `IMP-2,"Bo Import, jr.",2016-05-01,010516-1234,${c3},2025-02-01,,`,
    );
    const run = () =>
      f.handle.db.transaction((tx) => commitImport(tx, CHILDREN_IMPORT, [file], f.teamScope));
    const first = await run();
    expect(first).toMatchObject({ read: 3, inserted: 3, skipped: 0 });
    const rows = await queryRows<{
      id: string;
      reference: string;
      status: string;
      team: boolean;
      periods: number;
    }>(
      f.handle.db,
      sql`select c.id::text, ch.reference, c.status::text,
          c.team_id = ${f.teamScope.teamId}::uuid as team,
          (select count(*)::int from case_assignments a where a.case_id = c.id) as periods
        from cases c join children ch on ch.id = c.child_id
        where ch.reference like 'IMP-%' order by c.opened_on`,
    );
    expect(rows).toEqual([
      { id: c2, reference: 'IMP-1', status: 'closed', team: true, periods: 0 },
      { id: c1, reference: 'IMP-1', status: 'open', team: true, periods: 1 },
      { id: c3, reference: 'IMP-2', status: 'open', team: true, periods: 0 },
    ]);
    expect(await f.count('children', sql`reference like 'IMP-%'`)).toBe(2);
    expect(await run()).toEqual({ read: 3, inserted: 0, skipped: 3, caseIds: [] });
    expect(await f.count('children', sql`reference like 'IMP-%'`)).toBe(2);
  });

  it("dry run: names unknown caseworkers, closing before opening, another child's case id and a bad CPR", async () => {
    const before = await f.count('children');
    const fresh = randomUUID();
    const { problems } = await validateImport(
      f.handle.db,
      CHILDREN_IMPORT,
      [
        csv(
          `X-1,A,2015-01-01,,${randomUUID()},2025-01-01,,nobody@example.dk`,
          `X-2,B,2015-01-01,,${randomUUID()},2025-01-01,,${f.otherTeamCaseworkerEmail}`,
          `X-3,C,2015-01-01,,${randomUUID()},2025-01-01,2024-01-01,`,
          `X-4,D,2015-01-01,,${f.teamCaseIds[0]},2025-01-01,,`,
          `X-5,E,2015-01-01,12345,${fresh},2025-01-01,,`,
          `X-6,F,2015-01-01,,${fresh},2025-01-01,,`,
        ),
      ],
      f.teamScope,
    );
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 'caseworker_email', 'unknownCaseworker'],
      [3, 'caseworker_email', 'unknownCaseworker'],
      [4, 'closed_on', 'endBeforeStart'],
      [5, 'case_id', 'caseTaken'],
      [6, 'cpr', 'invalidFormat'],
    ]);
    expect(problems.find((p) => p.column === 'cpr')?.value).not.toContain('12345');
    expect(await f.count('children')).toBe(before);
  });

  it("refuses a team leader's row for a child whose cases are all in another team", async () => {
    const [outside] = await queryRows<{ reference: string }>(
      f.handle.db,
      sql`select ch.reference from cases c join children ch on ch.id = c.child_id
        where c.id = ${f.otherTeamCaseId}::uuid`,
    );
    const reference = outside?.reference ?? '';
    const row = `${reference},Someone,2015-01-01,,${randomUUID()},2025-01-01,,`;
    const asLeader = await validateImport(f.handle.db, CHILDREN_IMPORT, [csv(row)], f.teamScope);
    expect(asLeader.problems.map((p) => [p.line, p.column, p.code, p.value])).toEqual([
      [2, 'child_reference', 'childOutsideTeam', reference],
    ]);
    const asMunicipality = await validateImport(f.handle.db, CHILDREN_IMPORT, [csv(row)], f.scope);
    expect(asMunicipality.problems).toEqual([]);
  });
});
