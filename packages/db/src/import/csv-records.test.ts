import { describe, expect, it } from 'vitest';
import { csvRecordBatches } from './csv-records';

async function parse(chunks: string[]): Promise<string[][]> {
  const out: string[][] = [];
  for await (const records of csvRecordBatches(chunks)) out.push(...records);
  return out;
}

describe('csvRecordBatches', () => {
  it('splits fields and records with LF and CRLF, skipping blank lines', async () => {
    expect(await parse(['a,b\r\n1,2\n\n3,\n'])).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', ''],
    ]);
  });

  it('reads quoted fields with commas, line breaks and doubled quotes', async () => {
    expect(await parse(['x,"a, ""b""\nc",y\n'])).toEqual([['x', 'a, "b"\nc', 'y']]);
  });

  it('gives the same records however the input is chunked', async () => {
    const text = 'id,name\r\n1,"Ane ""A"", Hansen"\r\n2,Bo\r\n3,"x\ny"';
    const whole = await parse([text]);
    for (let size = 1; size < 8; size += 1) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(await parse(chunks)).toEqual(whole);
    }
    expect(whole).toEqual([
      ['id', 'name'],
      ['1', 'Ane "A", Hansen'],
      ['2', 'Bo'],
      ['3', 'x\ny'],
    ]);
  });

  it('decodes UTF-8 split across byte chunks', async () => {
    const bytes = new TextEncoder().encode('navn\nØsterbro\n');
    const out: string[][] = [];
    for await (const records of csvRecordBatches([bytes.slice(0, 6), bytes.slice(6)]))
      out.push(...records);
    expect(out).toEqual([['navn'], ['Østerbro']]);
  });

  it('splits on semicolons when asked, leaving commas inside fields', async () => {
    const out: string[][] = [];
    for await (const records of csvRecordBatches(['a;b\n1,5;"x;y"\n'], ';')) out.push(...records);
    expect(out).toEqual([
      ['a', 'b'],
      ['1,5', 'x;y'],
    ]);
  });

  it('refuses a file that ends inside quotes', async () => {
    await expect(parse(['a,"b\n'])).rejects.toThrow(/quoted field/);
  });
});
