import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error';
import { parseCsv } from './csv';

const values = (text: string) => parseCsv(text).map((record) => record.cells.map((c) => c.value));

describe('parseCsv', () => {
  it('splits plain fields and records with LF or CRLF, with or without a final line end', () => {
    expect(values('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(values('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(values('a,,c\n\n,\n')).toEqual([
      ['a', '', 'c'],
      ['', ''],
    ]);
  });

  it('unquotes fields with commas, doubled quotes and line breaks, and tracks lines', () => {
    const records = parseCsv('label,n\r\n"Tool, ""pro""",1\r\n"two\r\nlines",2\r\nlast,3\r\n');
    expect(records.map((r) => r.cells.map((c) => c.value))).toEqual([
      ['label', 'n'],
      ['Tool, "pro"', '1'],
      ['two\r\nlines', '2'],
      ['last', '3'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
    expect(records[2]?.cells[1]).toEqual({ value: '2', line: 4, column: 2 });
  });

  it('ignores a byte-order mark', () => {
    expect(values('\ufeffa,b')).toEqual([['a', 'b']]);
  });

  it('names line and column of an unterminated quote', () => {
    expect(() => parseCsv('a,b\n1,"open\n', 'x.csv')).toThrow(
      'x.csv: line 2, column 2: a quoted field is never closed',
    );
  });

  it('names line and column of stray quotes', () => {
    expect(() => parseCsv('a,b\n1,x"y\n')).toThrow(
      'line 2, column 2: a quote inside an unquoted field',
    );
    expect(() => parseCsv('a,b\n"x"y,1\n')).toThrow(
      'line 2, column 1: unexpected text after a closing quote',
    );
    expect(() => parseCsv('"x"y')).toThrow(CliError);
  });
});
