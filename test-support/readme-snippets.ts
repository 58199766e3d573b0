/**
 * Shared test support (not published): runs the ```ts blocks of a package README as
 * written. Each block is compiled with TypeScript to CommonJS and run with `require`
 * answering the `@trappen/*` imports from the given modules. A line
 * `expression; // 42` (a number, a quoted string, true, false or null after the
 * comment) also checks that the expression really gives that value.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect } from 'vitest';

/** The ```ts blocks of a Markdown file, with the line each starts on. */
export function tsBlocks(markdownPath: URL): { line: number; code: string }[] {
  const text = readFileSync(markdownPath, 'utf8');
  const blocks: { line: number; code: string }[] = [];
  const fence = /^```ts\n([\s\S]*?)^```/gm;
  for (let match = fence.exec(text); match; match = fence.exec(text)) {
    blocks.push({ line: text.slice(0, match.index).split('\n').length, code: match[1] ?? '' });
  }
  return blocks;
}

const CHECKED_LINE =
  /^(\s*)([^/\s].*?);\s*\/\/\s*(-?\d[\d_]*(?:\.\d+)?|'[^'\n]*'|true|false|null)\s*$/;

/** Turns `expression; // literal` lines into checks, leaving every other line alone. */
function withChecks(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const match = CHECKED_LINE.exec(line);
      if (!match || /^\s*(const|let|import|export|return)\b/.test(line)) return line;
      const [, indent, expression, literal] = match;
      const expected = (literal as string).replace(/_/g, '');
      return `${indent}__check(${expression}, ${expected}, ${JSON.stringify(line.trim())});`;
    })
    .join('\n');
}

/**
 * Runs one README block; `modules` answers its imports. Returns what it printed with
 * `console.log`.
 */
export function runBlock(code: string, modules: Record<string, unknown>): unknown[][] {
  const compiled = ts.transpileModule(withChecks(code), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: false,
    },
  }).outputText;
  const printed: unknown[][] = [];
  const require = (name: string): unknown => {
    if (!(name in modules))
      throw new Error(`the README imports ${name}, which the test does not give`);
    return modules[name];
  };
  const check = (actual: unknown, expected: unknown, line: string): void => {
    expect(actual, line).toEqual(expected);
  };
  new Function('require', 'exports', 'console', '__check', compiled)(
    require,
    {},
    { log: (...values: unknown[]) => printed.push(values) },
    check,
  );
  return printed;
}
