import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database';
import { queryRows } from '../query-rows';
import { createTestDatabase } from '../test-database';
import { arrayLiteral } from './array-literal';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

const roundTrip = async (values: (string | number | null)[], type: 'text' | 'numeric' | 'date') =>
  (
    await queryRows<{ v: string | null }>(
      handle.db,
      sql`select v::text from unnest(${arrayLiteral(values)}::${sql.raw(type)}[])
        with ordinality as t(v, n) order by n`,
    )
  ).map((r) => r.v);

describe('arrayLiteral', () => {
  it('brings text back verbatim: commas, quotes, backslashes, braces, spaces and the word NULL', async () => {
    const values = [
      'Familiehuset, Nord',
      'He said "hi"',
      'C:\\tiltag\\',
      '{x}',
      '  padded ',
      'NULL',
      '',
      'Ærø Ø',
      null,
    ];
    expect(await roundTrip(values, 'text')).toEqual(values);
  });

  it('carries numbers, numeric strings and dates, with null as SQL null', async () => {
    expect(await roundTrip([1250.5, '980.25', null], 'numeric')).toEqual([
      '1250.5',
      '980.25',
      null,
    ]);
    expect(await roundTrip(['2031-01-06', null], 'date')).toEqual(['2031-01-06', null]);
    expect(await roundTrip([], 'text')).toEqual([]);
  });
});
