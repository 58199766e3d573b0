import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../query-rows';
import { type ImportFixture, importFixture } from './import-fixture';
import { commitImport, validateImport } from './importer';
import { NOTIFICATIONS_IMPORT } from './notifications-importer';

let f: ImportFixture;
let reference: string;
beforeAll(async () => {
  f = await importFixture();
  const [child] = await queryRows<{ reference: string }>(
    f.handle.db,
    sql`select reference from children where municipality_id = ${f.scope.municipalityId} limit 1`,
  );
  reference = child?.reference ?? '';
});
afterAll(() => f?.handle.close());

const header = 'notification_id,received_on,child_age,source,child_reference';
const csv = (...rows: string[]) => [header, ...rows].join('\n');

describe('NOTIFICATIONS_IMPORT', () => {
  it('brings history along as summary rows the board counts, and a re-run writes nothing', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const file = csv(`${a},2016-03-02,6,school,${reference}`, `${b},2016-04-11,12,anonymous,`);
    const run = () =>
      f.handle.db.transaction((tx) => commitImport(tx, NOTIFICATIONS_IMPORT, [file], f.scope));
    expect(await run()).toMatchObject({ read: 2, inserted: 2, skipped: 0 });
    expect(await run()).toMatchObject({ read: 2, inserted: 0, skipped: 2 });
    const rows = await queryRows<{ status: string; linked: boolean; source: string }>(
      f.handle.db,
      sql`select status, child_id is not null as linked, source from notifications
          where id in (${a}, ${b}) order by received_on`,
    );
    expect(rows).toEqual([
      { status: 'historical', linked: true, source: 'school' },
      { status: 'historical', linked: false, source: 'anonymous' },
    ]);
  });

  it('refuses an unknown source or child, naming line and column', async () => {
    const file = csv(
      `${randomUUID()},2016-03-02,6,teacher,`,
      `${randomUUID()},2016-03-02,6,police,B-NOPE`,
    );
    const { problems } = await validateImport(f.handle.db, NOTIFICATIONS_IMPORT, [file], f.scope);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 'source', 'invalidChoice'],
      [3, 'child_reference', 'unknownChild'],
    ]);
  });
});
