import { readFileSync } from 'node:fs';
import { estimateTransitions, simulate } from '@trappen/savings';
import { defaultStaircase } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../cli-error';
import { historiesFromCsv } from '../estimate/history-csv';
import { run } from '../run';
import { example, tempFile } from '../testing/files';

describe('trappen simulate', () => {
  it('equals simulate() on the example scenario with its history estimated', () => {
    const { stdout, exitCode } = run([
      'simulate',
      example('scenario.json'),
      '--draws',
      '500',
      '--seed',
      '7',
      '--json',
    ]);
    expect(exitCode).toBe(EXIT.ok);
    const { histories } = historiesFromCsv(readFileSync(example('history.csv'), 'utf8'), 'h');
    const model = estimateTransitions(defaultStaircase, histories, {
      from: '2021-01-01',
      to: '2024-01-01',
    });
    const scenario = { ...JSON.parse(readFileSync(example('scenario.json'), 'utf8')), model };
    expect(JSON.parse(stdout)).toEqual(simulate(scenario, { draws: 500, seed: 7 }));
  });

  it('prints P10/P50/P90 per year and the payback probability, the same for the same seed', () => {
    const args = [
      'simulate',
      example('scenario.json'),
      '--draws',
      '500',
      '--seed',
      '7',
      '--lang',
      'en',
    ];
    const { stdout, exitCode } = run(args);
    expect(exitCode).toBe(EXIT.ok);
    expect(stdout).toContain('500 draws, seed 7');
    expect(stdout).toMatch(
      /Year +Saving P50 +Net P10 +Net P50 +Net P90 +Cum\. net P10 +Cum\. net P50 +Cum\. net P90 +P\(paid back\)/,
    );
    for (const year of [2024, 2025, 2026, 2027, 2028])
      expect(stdout).toMatch(new RegExp(`^${year} `, 'm'));
    expect(stdout).toMatch(/Probability of payback within 5 years: 0\.\d\d|1\.00/);
    expect(run(args).stdout).toBe(stdout);
  });

  it('accepts a model written by trappen estimate --json', () => {
    const modelFile = tempFile(
      'model.json',
      run(['estimate', example('history.csv'), '--json']).stdout,
    );
    const scenario = tempFile(
      's.json',
      JSON.stringify({ model: modelFile, years: 2, staffCostPerYear: 100000 }),
    );
    const { stdout, exitCode } = run(['simulate', scenario, '--draws', '50', '--lang', 'en']);
    expect(exitCode).toBe(EXIT.ok);
    expect(stdout).toContain('50 draws, seed 2016');
  });

  it('names the JSON path of every problem in a scenario', () => {
    const scenario = tempFile(
      'bad.json',
      JSON.stringify({
        model: example('history.csv'),
        years: 0,
        stepDown: { dist: 'triangular', min: 0, mode: 2, max: 1 },
        staffCostPerYear: -1,
      }),
    );
    const { stderr, exitCode } = run(['simulate', scenario, '--draws', '10']);
    expect(exitCode).toBe(EXIT.invalidInput);
    expect(stderr).toContain(`${scenario}: years:`);
    expect(stderr).toContain(`${scenario}: stepDown`);
    expect(stderr).toContain(`${scenario}: staffCostPerYear`);
  });

  it('prints help, and exits 2 on wrong usage', () => {
    expect(run(['simulate', '--help']).stdout).toContain('Usage: trappen simulate SCENARIO.json');
    expect(run(['simulate']).exitCode).toBe(EXIT.usage);
    const draws = run(['simulate', example('scenario.json'), '--draws', '0']);
    expect(draws.exitCode).toBe(EXIT.usage);
    expect(draws.stderr).toContain('--draws must be a whole number from 1 to 1000000');
    expect(run(['simulate', example('scenario.json'), '--seed', '-3']).exitCode).toBe(EXIT.usage);
  });
});
