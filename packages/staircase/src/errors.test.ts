import { describe, expect, it } from 'vitest';
import { formatIssues, fromZodIssues, StaircaseError, ValidationError } from './errors';

describe('formatIssues', () => {
  it('prints one line per issue: path, message and the value when given', () => {
    expect(
      formatIssues([
        { path: ['steps', 2, 'rank'], message: 'bad rank', value: 7 },
        { path: [], message: 'must be an object' },
        { path: ['id'], message: 'required', value: undefined },
      ]),
    ).toBe(
      'steps.2.rank: bad rank (got 7)\n(root): must be an object\nid: required (got undefined)',
    );
  });

  it('is empty for no issues', () => {
    expect(formatIssues([])).toBe('');
  });
});

describe('StaircaseError', () => {
  it('is an Error carrying every issue and a readable message', () => {
    const issues = [
      { path: ['a'], message: 'first' },
      { path: [0, 'b'], message: 'second', value: 'x' },
    ];
    const error = new StaircaseError(issues, 'Invalid thing');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(StaircaseError);
    expect(error.name).toBe('StaircaseError');
    expect(error.issues).toEqual(issues);
    expect(error.message).toBe('Invalid thing: 2 problem(s)\na: first\n0.b: second (got "x")');
  });

  it('has a default context', () => {
    expect(new StaircaseError([{ path: [], message: 'm' }]).message).toMatch(
      /^Invalid staircase input: 1 problem\(s\)/,
    );
  });
});

describe('fromZodIssues', () => {
  it('keeps paths and messages, turns symbols into strings, and keeps the input as value', () => {
    const symbol = Symbol('key');
    expect(
      fromZodIssues([
        { path: ['steps', 0, 'rank'], message: 'Expected number', input: 'one' },
        { path: [symbol], message: 'odd key' },
      ]),
    ).toEqual([
      { path: ['steps', 0, 'rank'], message: 'Expected number', value: 'one' },
      { path: ['Symbol(key)'], message: 'odd key' },
    ]);
  });
});

describe('formatIssues shows values as written', () => {
  it('prints NaN, Infinity and -0 as themselves, not as JSON null and 0', () => {
    expect(
      formatIssues([
        { path: ['a'], message: 'm', value: Number.NaN },
        { path: ['b'], message: 'm', value: Number.NEGATIVE_INFINITY },
        { path: ['c'], message: 'm', value: -0 },
        { path: ['d'], message: 'm', value: { rate: Number.NaN } },
      ]),
    ).toBe('a: m (got NaN)\nb: m (got -Infinity)\nc: m (got -0)\nd: m (got {"rate":"NaN"})');
  });

  it('cuts very long values short', () => {
    expect(
      formatIssues([{ path: ['x'], message: 'm', value: 'y'.repeat(1000) }]).length,
    ).toBeLessThan(250);
  });
});

describe('ValidationError', () => {
  it('is the base of StaircaseError, and a RangeError', () => {
    const error = new StaircaseError([{ path: ['a'], message: 'm' }]);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(RangeError);
    expect(new ValidationError([{ path: [], message: 'm' }]).name).toBe('ValidationError');
  });
});
