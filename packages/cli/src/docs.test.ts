import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Every `$ trappen …` command in a document's console blocks, with the output shown under it. */
function consoleCommands(file: string): { args: string[]; shown: string }[] {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const blocks = [...text.matchAll(/```console\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.flatMap((block) =>
    block
      .split(/^\$ /m)
      .slice(1)
      .map((part) => {
        const [command = '', ...output] = part.split('\n');
        const args = command
          .replace(/\s*>.*$/, '')
          .split(/\s+/)
          .slice(1);
        return { args, shown: output.join('\n').trimEnd() };
      }),
  );
}

let cwd: string;
beforeAll(() => {
  cwd = process.cwd();
  process.chdir(packageDir);
});
afterAll(() => process.chdir(cwd));

describe.each(['GETTING-STARTED.md', 'README.md'])('the console examples of %s', (file) => {
  const commands = consoleCommands(file);

  it('has examples', () => {
    expect(commands.length).toBeGreaterThan(0);
  });

  it.each(commands.map((command) => [command.args.join(' '), command] as const))(
    'trappen %s prints what the document shows',
    (_name, { args, shown }) => {
      const result = run(args);
      const printed = result.exitCode === 0 ? result.stdout : result.stderr;
      if (shown)
        expect(printed.split('\n').slice(-shown.split('\n').length).join('\n')).toBe(shown);
      else expect(result.exitCode).toBe(0);
    },
  );
});
