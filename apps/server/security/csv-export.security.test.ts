import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv as boardCsv } from '../../board/src/board/csv';
import { businessCaseCsv as consoleBusinessCaseCsv } from '../../console/src/pages/business/csv';
import { loginAs, type TestServer } from '../src/testing/test-server';
import { startSecurityServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startSecurityServer();
});
afterAll(() => server?.close());

/** Text a spreadsheet would run as a formula (OWASP "CSV injection"). */
const HOSTILE = [
  '=HYPERLINK("http://evil.example";"Klik")',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '\t=1+1',
  '\r=1+1',
];

/** The cells of a semicolon CSV, unquoted. */
function cellsOf(csv: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';' || c === '\n') {
      cells.push(cell.replace(/\r$/, ''));
      cell = '';
    } else cell += c;
  }
  return cells;
}
const formulaCells = (csv: string) =>
  cellsOf(csv.replace(/^\uFEFF/, '')).filter(
    (cell) => /^[=+\-@\t\r]/.test(cell) && !/^[-+\u2212]?\d[\d.,]*%?$/.test(cell),
  );

describe('CSV exports neutralise formulas (OWASP CSV injection)', () => {
  it('the console business case export of a saved case with hostile labels and budget areas', async () => {
    const { client } = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const [first] = await client.businessCases.list.query();
    if (!first) throw new Error('the seed has no business case');
    const saved = await client.businessCases.get.query({ id: first.id });
    const definition = structuredClone(saved.definition) as {
      lines: { label: string; budgetArea: string }[];
    };
    definition.lines = definition.lines.map((line, i) => ({
      ...line,
      label: HOSTILE[i % HOSTILE.length] as string,
      budgetArea: i % 2 === 0 ? '=cmd|"/c calc"!A1' : line.budgetArea,
    }));
    type Definition = Parameters<typeof client.businessCases.evaluate.mutate>[0]['definition'];
    const evaluation = await client.businessCases.evaluate.mutate({
      definition: definition as unknown as Definition,
    });
    const csv = consoleBusinessCaseCsv(evaluation);
    expect(formulaCells(csv)).toEqual([]);
    expect(cellsOf(csv)).toContain(`'${HOSTILE[0]}`);
    // The amounts stay numbers: the net row reads back as the evaluation's nets.
    const net = csv.split('\r\n').find((row) => row.startsWith('net;'));
    expect(net?.split(';').slice(2).map(Number)).toEqual(evaluation.byYear.map((y) => y.net));
  });

  it('the board export with hostile team names and labels, Danish numbers kept as numbers', () => {
    const csv = boardCsv({
      headers: ['Team', 'I alt'],
      rows: [...HOSTILE.map((team) => [team, '1.234']), ['Øst', '−1.655'], ['Vest', '-2,5']],
    });
    expect(formulaCells(csv)).toEqual([]);
    expect(cellsOf(csv.slice(1))).toEqual(
      expect.arrayContaining(["'-2+3", '1.234', '−1.655', '-2,5']),
    );
  });
});
