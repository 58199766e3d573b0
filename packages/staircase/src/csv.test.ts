import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from './csv';
import { StaircaseError } from './errors';

describe('the CSV writer', () => {
  it('neutralises every text cell a spreadsheet would evaluate as a formula', () => {
    for (const hostile of [
      '=1+1',
      '+SUM(A1)',
      '-2+3',
      '@cmd',
      '\t=1',
      '\r=1',
      '=HYPERLINK("http://x";"y")',
    ]) {
      expect(neutralizeFormula(hostile).startsWith("'")).toBe(true);
    }
    expect(toCsv([['=1+1', 'SO16']])).toBe("'=1+1;SO16\r\n");
  });

  it('keeps numbers numbers: number cells as written, and text that is only a number untouched', () => {
    expect(toCsv([[-1655, 2.5, null, '-1.655', '−2,5', '+3', '12%']])).toBe(
      '-1655;2.5;;-1.655;−2,5;+3;12%\r\n',
    );
  });

  it('quotes separators, quotes and line breaks, so every cell survives a round trip', () => {
    expect(toCsv([['a;b', 'say "hi"', 'two\nlines']])).toBe('"a;b";"say ""hi""";"two\nlines"\r\n');
    expect(toCsv([['a,b', 'c;d']], { separator: ',' })).toBe('"a,b",c;d\r\n');
  });

  it('no text cell ever begins with a formula character once written (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = toCsv([[text]]).slice(0, -2);
        const unquoted = out.startsWith('"') ? out.slice(1) : out;
        const dangerous =
          /^[=+\-@\t\r]/.test(unquoted) && !/^[-+\u2212]?\d[\d.,]*%?$/.test(unquoted);
        expect(dangerous).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a number that is not finite', () => {
    expect(() => toCsv([[Number.POSITIVE_INFINITY]])).toThrow(RangeError);
  });

  it('names every bad cell and a bad separator in one StaircaseError', () => {
    const attempt = () =>
      toCsv([['a', Number.NaN], [Number.NEGATIVE_INFINITY]], { separator: '|' as ';' });
    expect(attempt).toThrow(StaircaseError);
    try {
      attempt();
    } catch (error) {
      expect((error as StaircaseError).issues).toEqual([
        { path: ['options', 'separator'], message: "must be ';' or ','", value: '|' },
        { path: ['rows', 0, 1], message: 'must be a finite number', value: Number.NaN },
        {
          path: ['rows', 1, 0],
          message: 'must be a finite number',
          value: Number.NEGATIVE_INFINITY,
        },
      ]);
    }
  });
});
