/**
 * Shared test support for the domain packages' hostile-input property tests (not
 * published). Each package lists how to call every one of its exports with valid
 * arguments; fast-check then replaces one to three numbers or strings anywhere in
 * those arguments with hostile values (NaN, ±Infinity, 1e308, -0, fractions, huge and
 * negative integers, impossible dates, odd strings) and the call must either throw the
 * package's own validation error, with at least one issue, or return output without
 * NaN, Infinity or a malformed ISO date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Numbers that have broken domain functions before, plus the usual suspects. */
export const HOSTILE_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -0,
  0,
  0.5,
  1.5,
  -0.5,
  -1,
  -3,
  2 ** 31,
  2 ** 32 + 1,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e21,
  1e-300,
  5e-324,
];

/** The numbers swept through every kind of field, one field and all its siblings at once. */
const SWEEP_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  0.5,
  -3,
  2 ** 53 + 2,
];
/** The strings swept through every kind of string field. */
const SWEEP_STRINGS: readonly string[] = [
  '',
  '2024-02-30',
  '2024-01-01.5',
  'NaN',
  'x'.repeat(5000),
];

/** Strings that are almost dates, not dates, or merely unpleasant. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '2024-02-30',
  '2023-02-29',
  '2024-1-1',
  '2024-13-01',
  '0000-00-00',
  '9999-12-32',
  '2024-01-01T00:00:00Z',
  '+275760-09-13',
  '2024-01-01.5',
  'NaN',
  'Infinity',
  '1e308',
  '-1',
  '__proto__',
  'constructor',
  '\u0000',
  'x'.repeat(5000),
];

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
);
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** How the hostile-input test calls one export of a package. */
export type ExportCase =
  /** A constant, schema or class: nothing to call with numbers (the reason is required). */
  | { value: string }
  /**
   * A function: `args` builds valid arguments (fresh each time); `trusted` lists the
   * argument positions that are already-validated values of the package's own types
   * (a `Staircase` from `defineStaircase`), which are passed unchanged.
   */
  | {
      args: () => unknown[];
      trusted?: readonly number[];
      /**
       * Output keys whose documented value for "still active" is `Infinity` (only
       * `resolveHistory`'s `endDay`); NaN and -Infinity are still refused there.
       */
      openEnded?: readonly string[];
      /** How to call it, when the export returns something to call further (`seededRandom`). */
      call?: (fn: (...args: never[]) => unknown, args: unknown[]) => unknown;
    };

type Path = readonly (string | number)[];
type Leaf = { path: Path; kind: 'number' | 'string' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every number and string inside arrays and plain objects, with its path. */
function leavesOf(value: unknown, path: Path, into: Leaf[]): Leaf[] {
  if (typeof value === 'number') into.push({ path, kind: 'number' });
  else if (typeof value === 'string') into.push({ path, kind: 'string' });
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) leavesOf(item, [...path, i], into);
  else if (isPlainObject(value))
    for (const [key, item] of Object.entries(value)) leavesOf(item, [...path, key], into);
  return into;
}

/** A deep copy of arrays and plain objects (frozen inputs become writable copies). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  return value;
}

function setAt(root: unknown, path: Path, replacement: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = replacement;
}

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Text a date or a number was printed into: digits and dashes, or NaN/Infinity. */
const DATE_LIKE = /^[+-]?(\d+|NaN)-(\d+|NaN)-/;

function isRealIsoDate(text: string): boolean {
  const match = ISO_SHAPE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

/**
 * The first problem in a function's output: a number that is not finite, or a string
 * the function made (not one it was given) that shows NaN/Infinity or is shaped like a
 * date without being a real `YYYY-MM-DD` date. `undefined` when the output is clean.
 */
export function outputProblem(
  value: unknown,
  given: ReadonlySet<string>,
  openEnded: readonly string[] = [],
  path: Path = [],
  seen: Set<object> = new Set(),
): string | undefined {
  const where = path.length > 0 ? path.join('.') : '(result)';
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return undefined;
    const key = path[path.length - 1];
    const sentinel = value === Number.POSITIVE_INFINITY && openEnded.includes(String(key));
    return sentinel ? undefined : `${where} is ${value}`;
  }
  if (typeof value === 'string') {
    if (given.has(value)) return undefined;
    if (/NaN|Infinity/.test(value)) return `${where} is ${JSON.stringify(value)}`;
    if (DATE_LIKE.test(value) && !isRealIsoDate(value))
      return `${where} is a malformed date ${JSON.stringify(value)}`;
    return undefined;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  const entries: [string | number, unknown][] =
    value instanceof Map
      ? [...value.entries()].flatMap(([k, v], i) => [
          [`key${i}`, k],
          [String(k), v],
        ])
      : value instanceof Set
        ? [...value].map((v, i) => [i, v])
        : ArrayBuffer.isView(value)
          ? Array.from(value as unknown as ArrayLike<number>).map((v, i) => [i, v])
          : Object.entries(value);
  for (const [key, item] of entries) {
    const problem = outputProblem(item, given, openEnded, [...path, key], seen);
    if (problem) return problem;
  }
  return undefined;
}

/** The strings in the arguments, which a function may hand back unchanged. */
function givenStrings(args: unknown[]): Set<string> {
  const strings = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') strings.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(args);
  return strings;
}

/**
 * Checks one export against hostile input. `isPackageError` recognises the package's
 * own validation error.
 */
export function checkHostileInput(
  name: string,
  fn: (...args: unknown[]) => unknown,
  exportCase: Extract<ExportCase, { args: unknown }>,
  isPackageError: (error: unknown) => boolean,
  numRuns = 100,
): void {
  const trusted = new Set(exportCase.trusted ?? []);
  const invoke = (args: unknown[]): unknown =>
    exportCase.call ? exportCase.call(fn, args) : fn(...args);
  const sample = exportCase.args();
  // The valid call itself is clean: otherwise the case tests nothing.
  const openEnded = exportCase.openEnded ?? [];
  const clean = outputProblem(invoke(sample), givenStrings(sample), openEnded);
  expect(clean, `${name} with its valid arguments`).toBeUndefined();
  const leaves = sample
    .flatMap((arg, i) => (trusted.has(i) ? [] : leavesOf(arg, [i], [])))
    .filter((leaf) => leaf.path.length > 0);
  if (leaves.length === 0) return;
  const mutation = fc.record({
    leaf: fc.nat({ max: leaves.length - 1 }),
    number: hostileNumber,
    string: hostileString,
  });
  const attempt = (mutations: readonly { path: Path; value: unknown }[]): void => {
    const args = exportCase.args().map((arg, i) => (trusted.has(i) ? arg : copy(arg)));
    for (const { path, value } of mutations) setAt(args, path, value);
    let result: unknown;
    try {
      result = invoke(args);
    } catch (error) {
      if (!isPackageError(error)) throw error;
      expect((error as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
      return;
    }
    const problem = outputProblem(result, givenStrings(args), openEnded);
    if (problem) {
      const shown = mutations.map(({ path, value }) => `${path.join('.')} = ${String(value)}`);
      throw new Error(`${name} returned ${problem} (with ${shown.join(', ')})`);
    }
  };

  // A sweep first: every kind of field (array positions folded, `1.*.dailyRate`), the
  // first such field alone and all of them at once (sums overflow where one does not).
  const kinds = new Map<string, Leaf[]>();
  for (const leaf of leaves) {
    const key = leaf.path.map((part) => (typeof part === 'number' ? '*' : part)).join('.');
    kinds.set(key, [...(kinds.get(key) ?? []), leaf]);
  }
  for (const group of kinds.values()) {
    const first = group[0] as Leaf;
    const values = first.kind === 'number' ? SWEEP_NUMBERS : SWEEP_STRINGS;
    for (const value of values) {
      attempt([{ path: first.path, value }]);
      if (group.length > 1) attempt(group.map((leaf) => ({ path: leaf.path, value })));
    }
  }

  // Then random combinations of one to three hostile values anywhere.
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
      attempt(
        mutations.map(({ leaf, number, string }) => {
          const target = leaves[leaf] as Leaf;
          return { path: target.path, value: target.kind === 'number' ? number : string };
        }),
      );
    }),
    { numRuns, seed: 16 },
  );
}

/**
 * The export names of a module that the cases do not cover, and cases for names the
 * module does not export: both must be empty.
 */
export function coverageGaps(
  module: Record<string, unknown>,
  cases: Record<string, unknown>,
): { uncovered: string[]; unknown: string[] } {
  const exported = Object.keys(module).sort();
  const covered = Object.keys(cases).sort();
  return {
    uncovered: exported.filter((name) => !covered.includes(name)),
    unknown: covered.filter((name) => !exported.includes(name)),
  };
}

/**
 * The whole suite for one package: a case for every export (and none for anything
 * else), then one property per callable export.
 */
export function describeHostileInput(
  packageName: string,
  module: Record<string, unknown>,
  cases: Record<string, ExportCase>,
  isPackageError: (error: unknown) => boolean,
  numRuns?: number,
): void {
  describe(`property: every export of ${packageName} against hostile input`, () => {
    it('has a case for every export, and no case for something not exported', () => {
      expect(coverageGaps(module, cases)).toEqual({ uncovered: [], unknown: [] });
    });
    for (const [name, exportCase] of Object.entries(cases)) {
      if (!('args' in exportCase)) continue;
      it(`${name}: the package's error naming the field, or output without NaN, Infinity or a malformed date`, () => {
        checkHostileInput(
          name,
          module[name] as (...args: unknown[]) => unknown,
          exportCase,
          isPackageError,
          numRuns,
        );
      });
    }
  });
}
