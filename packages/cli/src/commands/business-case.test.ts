import { readFileSync } from 'node:fs';
import { herningBusinessCase } from '@trappen/savings';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../cli-error';
import { run } from '../run';
import { example, tempFile } from '../testing/files';

/** Herning's business case, in 1,000 DKK: the table every implementation must reproduce. */
const domainTable: [string, number[]][] = [
  ['11 caseworkers', [4620, 4620, 4620, 4620]],
  ['Project management', [200, 200, 0, 0]],
  ['Total SO20', [4820, 4820, 4620, 4620]],
  ['2 educational psychologists', [1000, 1000, 1000, 1000]],
  ['1 health visitor', [445, 445, 445, 445]],
  ['Competence development, courses', [400, 400, 200, 0]],
  ['Expected saving on placements', [-3500, -7500, -12500, -12500]],
  ['Total SO16', [-1655, -5655, -10855, -11055]],
  ['Net', [3165, -835, -6235, -6435]],
  ['Cumulative net', [3165, 2330, -3905, -10340]],
];

/** The four year columns of the row starting with `label`, parsed back to numbers. */
function yearsOf(stdout: string, label: string): number[] {
  const row = stdout.split('\n').find((line) => line.startsWith(`${label}  `));
  if (!row) throw new Error(`no row ${label}`);
  const cells = row.split(/\s{2,}/).filter((cell) => /^-?[\d,]+$/.test(cell));
  return cells.slice(0, 4).map((text) => Number(text.replaceAll(',', '')));
}

describe('trappen business-case', () => {
  it('prints the evaluation as CSV with hostile labels neutralised and amounts as numbers (--csv)', () => {
    const file = tempFile(
      'hostile.csv',
      'label,budget area,kind,2016,2017\n"=HYPERLINK(""http://evil"")",@SO16,investment,1000,\n+cmd,-SO20,saving,,2000\n',
    );
    const { stdout, exitCode } = run(['business-case', file, '--csv']);
    expect(exitCode).toBe(EXIT.ok);
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('line;budgetArea;2016;2017');
    expect(rows).toContain('"\'=HYPERLINK(""http://evil"")";\'@SO16;1000;0');
    expect(rows).toContain("'+cmd;'-SO20;0;-2000");
    expect(rows.at(-1)).toBe('cumulative net;;1000;-1000');
    expect(run(['business-case', file, '--csv', '--json']).exitCode).toBe(EXIT.usage);
  });

  it('reproduces the Herning table from examples/herning.json', () => {
    const { stdout, stderr, exitCode } = run([
      'business-case',
      example('herning.json'),
      '--lang',
      'en',
    ]);
    expect(stderr).toBe('');
    expect(exitCode).toBe(EXIT.ok);
    for (const [label, values] of domainTable)
      expect(yearsOf(stdout, label), label).toEqual(values);
    expect(stdout).toContain('Payback year: 2018');
    expect(stdout).toContain('NPV (discount rate 3.5 %): -9,266.204');
  });

  it('ships examples/herning.json equal to herningBusinessCase, and the CSV gives the same table', () => {
    expect(JSON.parse(readFileSync(example('herning.json'), 'utf8'))).toEqual(herningBusinessCase);
    const fromCsv = run(['business-case', example('herning.csv'), '--lang', 'en']).stdout;
    for (const [label, values] of domainTable)
      expect(yearsOf(fromCsv, label), label).toEqual(values);
  });

  it('prints Danish by default, whole kroner with --kroner, and JSON with --json', () => {
    const file = example('herning.json');
    expect(run(['business-case', file]).stdout).toContain(
      'Netto                                           3.165',
    );
    expect(run(['business-case', file, '--kroner', '--lang', 'en']).stdout).toContain('3,165,000');
    const json = JSON.parse(run(['business-case', file, '--json']).stdout);
    expect(json.byYear.map((year: { net: number }) => year.net)).toEqual([
      3165000, -835000, -6235000, -6435000,
    ]);
    expect(json.paybackYear).toBe(2018);
    expect(json.npv).toBe(-9266204);
  });

  it('uses --discount-rate for the NPV', () => {
    const json = JSON.parse(
      run(['business-case', example('herning.json'), '--json', '--discount-rate', '0']).stdout,
    );
    expect(json.npv).toBe(-10340000);
  });

  it('names line and column of every bad cell in a CSV', () => {
    const file = tempFile(
      'bad.csv',
      'label,budget area,kind,2016,2017\r\nStaff,SO20,investment,100,abc\r\nSaving,SO16,maybe,-5,\r\n',
    );
    const { stderr, exitCode } = run(['business-case', file]);
    expect(exitCode).toBe(EXIT.invalidInput);
    expect(stderr).toContain(`${file}: line 2, column 5: not an amount in DKK: "abc"`);
    const negative = tempFile('neg.csv', 'label,budget area,kind,2016\nSaving,SO16,maybe,-5\n');
    const second = run(['business-case', negative]);
    expect(second.exitCode).toBe(EXIT.invalidInput);
    expect(second.stderr).toContain(
      `${negative}: line 2, column 3: kind must be investment or saving, got "maybe"`,
    );
    expect(second.stderr).toContain(`${negative}: line 2, column 4: amounts are magnitudes`);
  });

  it('names problems in a CSV header', () => {
    const file = tempFile('header.csv', 'label,kind,2016,2018,colour\n');
    const { stderr, exitCode } = run(['business-case', file]);
    expect(exitCode).toBe(EXIT.invalidInput);
    expect(stderr).toContain('line 1, column 4: years must be consecutive, got 2018 after 2016');
    expect(stderr).toContain('line 1, column 5: unknown column "colour"');
    expect(stderr).toContain('line 1: missing column "budget area"');
  });

  it('names the JSON path of every problem in a JSON business case', () => {
    const file = tempFile(
      'bad.json',
      JSON.stringify({
        name: 'x',
        firstYear: 2016,
        lastYear: 2017,
        lines: [
          {
            label: 'a',
            budgetArea: 'SO20',
            kind: 'investment',
            type: 'fte',
            fte: -1,
            annualCost: 1,
          },
        ],
      }),
    );
    const { stderr, exitCode } = run(['business-case', file]);
    expect(exitCode).toBe(EXIT.invalidInput);
    expect(stderr).toContain(`${file}: lines[0].fte:`);
  });

  it('gives line and column of a JSON syntax error, and reports a missing file', () => {
    const file = tempFile('syntax.json', '{\n  "name": "x",\n  oops\n}');
    const { stderr, exitCode } = run(['business-case', file]);
    expect(exitCode).toBe(EXIT.invalidInput);
    expect(stderr).toContain('line 3, column 3');
    expect(run(['business-case', '/no/such/file.json']).stderr).toBe(
      '/no/such/file.json: no such file',
    );
  });

  it('prints help, and exits 2 on wrong usage', () => {
    expect(run(['business-case', '--help']).stdout).toContain('Usage: trappen business-case FILE');
    expect(run(['business-case']).exitCode).toBe(EXIT.usage);
    expect(run(['business-case', 'a.json', 'b.json']).exitCode).toBe(EXIT.usage);
    const unknown = run(['business-case', 'a.json', '--colour']);
    expect(unknown.exitCode).toBe(EXIT.usage);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    expect(run(['business-case', example('herning.json'), '--discount-rate', 'x']).exitCode).toBe(
      EXIT.usage,
    );
  });
});
