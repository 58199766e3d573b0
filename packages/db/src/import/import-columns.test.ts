import { describe, expect, it } from 'vitest';
import { csvRecordBatches } from './csv-records';
import { type ImportColumn, parseCell, templateCsv } from './import-columns';
import { IMPORT_KINDS } from './importer';
import { importerOf } from './importers';

const column = (type: ImportColumn['type'], required = true): ImportColumn => ({
  name: 'x',
  type,
  required,
  description: { da: 'x', en: 'x' },
  example: '',
});

async function records(text: string): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of csvRecordBatches([text])) out.push(...batch);
  return out;
}

describe('parseCell', () => {
  it('parses each type, or names the problem with the cell', () => {
    expect(parseCell(column({ kind: 'date' }), '2024-02-29', 2)).toEqual({ value: '2024-02-29' });
    expect(parseCell(column({ kind: 'date' }), '2023-02-29', 2)).toMatchObject({
      problem: { line: 2, column: 'x', value: '2023-02-29', code: 'invalidDate' },
    });
    expect(parseCell(column({ kind: 'number', min: 0, max: 10 }), '2,5', 3)).toEqual({
      value: 2.5,
    });
    expect(parseCell(column({ kind: 'number', min: 0, max: 10 }), '11', 3)).toMatchObject({
      problem: { code: 'outOfRange' },
    });
    expect(parseCell(column({ kind: 'boolean' }), 'Nej', 4)).toEqual({ value: false });
    expect(parseCell(column({ kind: 'email' }), 'A@B.dk', 4)).toEqual({ value: 'a@b.dk' });
    expect(parseCell(column({ kind: 'choice', options: ['a', 'b'] }), 'c', 5)).toMatchObject({
      problem: { code: 'invalidChoice', reason: 'x must be one of a, b' },
    });
    expect(parseCell(column({ kind: 'uuid' }), '', 6)).toMatchObject({
      problem: { code: 'required' },
    });
    expect(parseCell(column({ kind: 'uuid' }, false), '', 6)).toEqual({ value: null });
  });

  it('never echoes a secret column (CPR) in a problem', () => {
    const cpr: ImportColumn = {
      ...column({
        kind: 'text',
        maxLength: 11,
        pattern: /^\d{6}-?\d{4}$/,
        patternHint: 'DDMMÅÅ-XXXX',
      }),
      secret: true,
    };
    const result = parseCell(cpr, '0101901234x', 2);
    expect(JSON.stringify(result)).not.toContain('0101901234');
    expect(result).toMatchObject({ problem: { code: 'invalidFormat' } });
  });
});

describe('templates', () => {
  it.each(IMPORT_KINDS)(
    '%s: the header names every column and the example row parses',
    async (kind) => {
      const { columns } = importerOf(kind);
      const [header, example, ...rest] = await records(templateCsv(columns));
      expect(header).toEqual(columns.map((c) => c.name));
      expect(rest).toEqual([]);
      const problems = columns
        .map((c, i) => parseCell(c, example?.[i] ?? '', 2))
        .filter((cell) => 'problem' in cell);
      expect(problems).toEqual([]);
    },
  );
});
