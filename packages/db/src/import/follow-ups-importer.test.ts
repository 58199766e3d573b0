import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../query-rows';
import { FOLLOW_UPS_IMPORT } from './follow-ups-importer';
import { type ImportFixture, importFixture } from './import-fixture';
import { commitImport, validateImport } from './importer';

let f: ImportFixture;
let caseId: string;
let intervention: { code: string; start: string };
beforeAll(async () => {
  f = await importFixture();
  caseId = f.teamCaseIds[0] as string;
  const [row] = await queryRows<{ code: string; start: string }>(
    f.handle.db,
    sql`select code, start_date::text as start from interventions where case_id = ${caseId} limit 1`,
  );
  intervention = row as { code: string; start: string };
});
afterAll(() => f?.handle.close());

const header =
  'case_id,date,outcome,child_heard,next_date,note,intervention_code,intervention_start';
const csv = (...rows: string[]) => [header, ...rows].join('\n');

describe('FOLLOW_UPS_IMPORT', () => {
  it('links follow-ups to the named intervention, records who imported, and a re-run writes nothing', async () => {
    const [user] = await queryRows<{ id: string }>(
      f.handle.db,
      sql`select id::text from users where municipality_id = ${f.scope.municipalityId} limit 1`,
    );
    const scope = { ...f.scope, userId: user?.id ?? null };
    const file = csv(
      `${caseId},2035-01-10,continue,ja,2035-04-10,"Godt møde, mor deltog",${intervention.code},${intervention.start}`,
      `${caseId},2035-02-10,stepDown,nej,,,,`,
    );
    const run = () =>
      f.handle.db.transaction((tx) => commitImport(tx, FOLLOW_UPS_IMPORT, [file], scope));
    expect(await run()).toEqual({ read: 2, inserted: 2, skipped: 0, caseIds: [caseId] });
    const rows = await queryRows<{ linked: boolean; heard: boolean; note: string; by: string }>(
      f.handle.db,
      sql`select intervention_id is not null as linked, child_heard as heard, note, recorded_by::text as by
        from follow_ups where case_id = ${caseId} and date >= '2035-01-01' order by date`,
    );
    expect(rows).toEqual([
      { linked: true, heard: true, note: 'Godt møde, mor deltog', by: user?.id },
      { linked: false, heard: false, note: '', by: user?.id },
    ]);
    expect(await run()).toEqual({ read: 2, inserted: 0, skipped: 2, caseIds: [] });
  });

  it('dry run: names an unknown intervention, a lone code, a next date not after the date and a bad outcome', async () => {
    const before = await f.count('follow_ups');
    const { problems } = await validateImport(
      f.handle.db,
      FOLLOW_UPS_IMPORT,
      [
        csv(
          `${caseId},2035-03-10,continue,ja,,,no-such-code,2020-01-01`,
          `${caseId},2035-03-10,continue,ja,,,school,`,
          `${caseId},2035-03-10,continue,ja,2035-03-10,,,`,
          `${caseId},2035-03-10,sideways,kanske,,,,`,
          `${f.foreignCaseId},2035-03-10,continue,ja,,,,`,
        ),
      ],
      f.scope,
    );
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 'intervention_code', 'unknownIntervention'],
      [3, 'intervention_start', 'required'],
      [4, 'next_date', 'notAfter'],
      [5, 'outcome', 'invalidChoice'],
      [5, 'child_heard', 'invalidBoolean'],
      [6, 'case_id', 'unknownCase'],
    ]);
    expect(await f.count('follow_ups')).toBe(before);
  });
});
