import { describe, expect, it } from 'vitest';
import { SavingsError } from '../errors';
import { businessCaseCsv } from './csv';
import { evaluateBusinessCase } from './evaluate';
import { herningBusinessCase } from './examples';

describe('the business case CSV', () => {
  it('neutralises hostile labels and budget areas and keeps every amount a number', () => {
    const hostile = ['=HYPERLINK("http://evil";"x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const evaluation = evaluateBusinessCase({
      ...herningBusinessCase,
      lines: herningBusinessCase.lines.map((line, i) => ({
        ...line,
        label: hostile[i % hostile.length] as string,
        budgetArea: i === 0 ? '=cmd|"/c calc"!A1' : line.budgetArea,
      })),
    });
    const cells = businessCaseCsv(evaluation)
      .trimEnd()
      .split('\r\n')
      .flatMap((row) => row.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/))
      .map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell));
    for (const cell of cells) {
      const isNumber = /^-?\d+(\.\d+)?$/.test(cell);
      if (!isNumber) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(cells).toContain('\'=HYPERLINK("http://evil";"x")');
    // Net savings stay negative numbers a spreadsheet sums.
    const net = businessCaseCsv(evaluation)
      .split('\r\n')
      .find((row) => row.startsWith('net;'));
    const netCells = net?.split(';').slice(2).map(Number) ?? [];
    expect(netCells).toEqual(evaluation.byYear.map((y) => y.net));
    expect(netCells.some((n) => n < 0)).toBe(true);
  });

  it('refuses amounts that are not finite and rows that do not line up, naming each', () => {
    const evaluation = evaluateBusinessCase(herningBusinessCase);
    const [first, ...rest] = evaluation.lines;
    const broken = {
      ...evaluation,
      lines: [{ ...(first as (typeof evaluation.lines)[number]), byYear: [Number.NaN] }, ...rest],
      byYear: evaluation.byYear.map((y, i) =>
        i === 0 ? { ...y, net: Number.POSITIVE_INFINITY } : y,
      ),
    };
    try {
      businessCaseCsv(broken);
      expect.unreachable('businessCaseCsv accepted NaN and Infinity');
    } catch (error) {
      expect(error).toBeInstanceOf(SavingsError);
      expect((error as SavingsError).issues.map((issue) => issue.path.join('.'))).toEqual([
        'lines.0.byYear.0',
        'byYear.0.net',
        'lines.0.byYear',
      ]);
    }
  });
});
