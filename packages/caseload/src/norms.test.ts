import { describe, expect, it } from 'vitest';
import { CaseloadError } from './errors';
import { defaultCaseloadNorms, defineCaseloadNorms, normFor } from './norms';

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CaseloadError);
    return (error as CaseloadError).issues.map((issue) => issue.path.join('.'));
  }
  throw new Error('expected a CaseloadError');
};

describe('caseload norms', () => {
  it('defaults to target 25 and max 30', () => {
    expect(defaultCaseloadNorms.municipality).toEqual({ target: 25, max: 30 });
    expect(defineCaseloadNorms({ municipality: {} }).municipality).toEqual({ target: 25, max: 30 });
  });

  it('applies team overrides and inherits the rest', () => {
    const norms = defineCaseloadNorms({
      municipality: { target: 25, max: 30, weights: { placement: 1.5 } },
      teams: { disability: { target: 24 }, north: { max: 28, weights: {} } },
    });
    expect(normFor(norms, 'disability')).toEqual({
      target: 24,
      max: 30,
      weights: { placement: 1.5 },
    });
    expect(normFor(norms, 'north')).toEqual({ target: 25, max: 28, weights: {} });
    expect(normFor(norms, 'elsewhere')).toEqual(norms.municipality);
    expect(normFor(norms, 'toString')).toEqual(norms.municipality);
    expect(Object.isFrozen(norms)).toBe(true);
  });

  it('reports every invalid number at once', () => {
    expect(
      issuesOf(() =>
        defineCaseloadNorms({
          municipality: { target: -1, max: Number.NaN, weights: { placement: 0 } },
          teams: { north: { target: 0 } },
        }),
      ),
    ).toEqual([
      'municipality.target',
      'municipality.max',
      'municipality.weights.placement',
      'teams.north.target',
    ]);
  });

  it('rejects a target above the max, also after merging a team override', () => {
    expect(issuesOf(() => defineCaseloadNorms({ municipality: { target: 31, max: 30 } }))).toEqual([
      'municipality.target',
    ]);
    expect(issuesOf(() => defineCaseloadNorms({ teams: { north: { target: 35 } } }))).toEqual([
      'teams.north.target',
    ]);
  });

  it('rejects unknown fields (typos)', () => {
    expect(issuesOf(() => defineCaseloadNorms({ municipality: { targt: 20 } } as never))).toEqual([
      'municipality',
    ]);
  });
});
