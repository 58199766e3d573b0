import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultStaircase } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { EXIT } from './cli-error';
import { run } from './run';

describe('trappen staircase', () => {
  it('prints every step of the default staircase in Danish by default', () => {
    const { stdout, exitCode } = run(['staircase']);
    expect(exitCode).toBe(EXIT.ok);
    for (const step of defaultStaircase.steps) expect(stdout).toContain(step.name.da);
    expect(stdout).toContain('Plejefamilie');
  });

  it('prints English with --lang en', () => {
    const { stdout } = run(['staircase', '--lang', 'en']);
    expect(stdout).toContain('Placement with kin or network');
    expect(stdout).toContain('Daily rate (DKK)');
  });

  it('lists every problem of an invalid staircase file and exits 1', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'trappen-cli-')), 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'bad',
        name: { da: 'x', en: 'x' },
        steps: [
          { id: 'a', rank: 2, name: { da: 'a', en: 'a' }, description: { da: 'a', en: 'a' } },
        ],
        interventions: [{ code: 'c', name: { da: 'c', en: 'c' }, step: 'nope' }],
      }),
    );
    const { stderr, exitCode } = run(['staircase', file]);
    expect(exitCode).toBe(EXIT.invalidInput);
    expect(stderr).toContain('steps.0.rank');
    expect(stderr).toContain('interventions.0.step: unknown step id');
  });

  it('reports a file that is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'trappen-cli-')), 'bad.json');
    writeFileSync(file, '{ not json');
    const { stderr, exitCode } = run(['staircase', file]);
    expect(exitCode).toBe(EXIT.invalidInput);
    expect(stderr).toMatch(/Could not read .* as JSON/);
  });

  it('exits 2 with help on an unknown command', () => {
    const { stderr, exitCode } = run(['frobnicate']);
    expect(exitCode).toBe(EXIT.usage);
    expect(stderr).toContain('Unknown command: frobnicate');
    expect(run(['--help']).stdout).toContain('Usage: trappen');
  });
});
