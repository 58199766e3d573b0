import { estimateTransitions } from '@trappen/savings';
import { defaultStaircase } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../cli-error';
import { run } from '../run';
import { example, tempFile } from '../testing/files';

const history = [
  'child_id,code,start,end,daily_rate',
  'a,residential-institution,2020-01-01,2020-06-30,3000',
  'b,foster-family,2020-01-01,,',
  'a,foster-family,2020-07-01,2021-12-31,1200',
].join('\r\n');

describe('trappen estimate', () => {
  it('estimates the same model as estimateTransitions on the parsed history', () => {
    const file = tempFile('history.csv', history);
    const { stdout, exitCode } = run(['estimate', file, '--to', '2021-12-31', '--json']);
    expect(exitCode).toBe(EXIT.ok);
    const expected = estimateTransitions(
      defaultStaircase,
      [
        {
          childId: 'a',
          interventions: [
            {
              code: 'residential-institution',
              start: '2020-01-01',
              end: '2020-06-30',
              dailyRate: 3000,
            },
            { code: 'foster-family', start: '2020-07-01', end: '2021-12-31', dailyRate: 1200 },
          ],
        },
        { childId: 'b', interventions: [{ code: 'foster-family', start: '2020-01-01' }] },
      ],
      { from: '2020-01-01', to: '2021-12-31' },
    );
    expect(JSON.parse(stdout)).toEqual(expected);
    expect(expected.transitions.counts[5]?.[4]).toBe(1);
  });

  it('prints counts, probabilities with their uncertainty, and the steps', () => {
    const { stdout, exitCode } = run(['estimate', example('history.csv'), '--lang', 'en']);
    expect(exitCode).toBe(EXIT.ok);
    expect(stdout).toContain(
      'Window 2021-01-01 to 2024-01-01 (36 monthly transitions), 189 children',
    );
    expect(stdout).toContain('Observed moves from step (rows) to step (columns) in a month');
    expect(stdout).toMatch(/^1 +618 +33 +7 +0 +0 +2 +39$/m);
    expect(stdout).toMatch(/^1 +88\.0 ±1\.2 +4\.8 ±0\.8/m);
    expect(stdout).toMatch(
      /6 +Placement at a residential home or institution +0\.15 ±0\.07 +3 +123 +88,800 +observed/,
    );
  });

  it('names line and column of every bad row', () => {
    const file = tempFile(
      'bad.csv',
      [
        'child_id,code,start,end,daily_rate',
        'a,attic,2020-01-01,,',
        'a,foster-family,2020-02-30,,',
        ',foster-family,2020-01-01,,',
        'b,foster-family,2020-01-01,2019-01-01,cheap',
      ].join('\n'),
    );
    const { stderr, exitCode } = run([
      'estimate',
      file,
      '--from',
      '2020-01-01',
      '--to',
      '2020-12-31',
    ]);
    expect(exitCode).toBe(EXIT.invalidInput);
    expect(stderr).toContain(`${file}: line 4, column 1: child_id is empty`);
    expect(stderr).toContain(`${file}: line 5, column 5: daily_rate must be a non-negative amount`);
    const fixed = tempFile(
      'bad2.csv',
      'child_id,code,start,end\na,attic,2020-01-01,\na,foster-family,2020-02-30,\nb,foster-family,2020-03-01,2020-02-01\n',
    );
    const second = run(['estimate', fixed, '--from', '2020-01-01', '--to', '2020-12-31']);
    expect(second.exitCode).toBe(EXIT.invalidInput);
    expect(second.stderr).toMatch(/line 2, column 2: .*attic/);
    expect(second.stderr).toMatch(/line 3, column 3: /);
    expect(second.stderr).toMatch(/line 4, column 4: /);
  });

  it('names missing columns and a too short history', () => {
    const file = tempFile('cols.csv', 'child,code\n');
    expect(run(['estimate', file]).stderr).toContain('line 1, column 1: unknown column "child"');
    const short = tempFile('short.csv', 'child_id,code,start\na,foster-family,2020-01-01\n');
    const result = run(['estimate', short]);
    expect(result.exitCode).toBe(EXIT.invalidInput);
    expect(result.stderr).toContain('spans less than a month');
  });

  it('prints help, and exits 2 on wrong usage', () => {
    expect(run(['estimate', '--help']).stdout).toContain('Usage: trappen estimate HISTORY.csv');
    expect(run(['estimate']).exitCode).toBe(EXIT.usage);
    expect(run(['estimate', example('history.csv'), '--prior', '0']).exitCode).toBe(EXIT.usage);
    expect(run(['estimate', example('history.csv'), '--from']).exitCode).toBe(EXIT.usage);
  });
});
