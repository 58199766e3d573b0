import { describe, expect, it } from 'vitest';
import { caseloadScenario, requiredCaseworkers } from './capacity';
import { CaseloadError } from './errors';

describe('requiredCaseworkers', () => {
  it('divides open cases by the target caseload', () => {
    expect(requiredCaseworkers(6000, { target: 25 })).toBe(240);
    expect(requiredCaseworkers(144, 24)).toBe(6); // Aarhus model A
    expect(requiredCaseworkers(240, 24)).toBe(10); // Aarhus model B
    expect(requiredCaseworkers(0, 25)).toBe(0);
    expect(requiredCaseworkers(100, 30)).toBeCloseTo(3.333, 3);
  });

  it('rejects invalid numbers, all at once', () => {
    expect(() => requiredCaseworkers(-1, 0)).toThrow(CaseloadError);
    expect(() => requiredCaseworkers(Number.NaN, { target: -5 })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: ['openCases'] }),
          expect.objectContaining({ path: ['target'] }),
        ],
      }),
    );
  });
});

describe('caseloadScenario', () => {
  it("reproduces Faxe's investment: about 55 to 25 children, 21 caseworkers, 10.5 mio DKK", () => {
    expect(
      caseloadScenario({
        openCases: 962.5,
        caseworkers: 17.5,
        targetCaseload: 25,
        annualCostPerCaseworker: 500_000,
      }),
    ).toEqual({
      currentCaseload: 55,
      requiredCaseworkers: 38.5,
      extraFte: 21,
      extraCaseworkers: 21,
      annualCost: 10_500_000,
      annualCostWholeCaseworkers: 10_500_000,
    });
  });

  it('rounds whole caseworkers up and keeps the exact FTE cost', () => {
    const result = caseloadScenario({
      openCases: 1000,
      caseworkers: 20,
      targetCaseload: 30,
      annualCostPerCaseworker: 420_000,
    });
    expect(result.extraFte).toBeCloseTo(13.3333, 4);
    expect(result.extraCaseworkers).toBe(14);
    expect(result.annualCost).toBe(5_600_000);
    expect(result.annualCostWholeCaseworkers).toBe(5_880_000);
  });

  it('shows spare capacity as a negative extra, and no current caseload without caseworkers', () => {
    expect(
      caseloadScenario({
        openCases: 100,
        caseworkers: 5,
        targetCaseload: 25,
        annualCostPerCaseworker: 1,
      }).extraFte,
    ).toBe(-1);
    expect(
      caseloadScenario({
        openCases: 50,
        caseworkers: 0,
        targetCaseload: 25,
        annualCostPerCaseworker: 1,
      }).currentCaseload,
    ).toBeNull();
  });

  it('lists every invalid field', () => {
    try {
      caseloadScenario({
        openCases: -1,
        caseworkers: Number.POSITIVE_INFINITY,
        targetCaseload: 0,
        annualCostPerCaseworker: -500,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CaseloadError);
      expect((error as CaseloadError).issues.map((i) => i.path[0])).toEqual([
        'openCases',
        'caseworkers',
        'targetCaseload',
        'annualCostPerCaseworker',
      ]);
    }
  });
});

describe('capacity input that would give Infinity or NaN', () => {
  it('refuses a target so small or a load so large that the answer is not a finite number', () => {
    expect(() => requiredCaseworkers(144, 5e-324)).toThrow(CaseloadError);
    expect(() => requiredCaseworkers(1e308, 24)).toThrow(/openCases: must be a number from 0/);
    expect(() =>
      caseloadScenario({
        openCases: 962.5,
        caseworkers: 5e-324,
        targetCaseload: 25,
        annualCostPerCaseworker: 500_000,
      }),
    ).toThrow(/caseworkers: must be 0 or a number from 0.01/);
    expect(() =>
      caseloadScenario({
        openCases: 962.5,
        caseworkers: 17.5,
        targetCaseload: 25,
        annualCostPerCaseworker: 1e308,
      }),
    ).toThrow(/annualCostPerCaseworker: .*\(got 1e\+308\)/);
  });
});
