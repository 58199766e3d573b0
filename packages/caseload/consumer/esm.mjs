import assert from 'node:assert/strict';
import { CaseloadError, caseloadScenario, requiredCaseworkers } from '@trappen/caseload';
import { ValidationError } from '@trappen/staircase';

assert.equal(requiredCaseworkers(144, 24), 6);
assert.equal(
  caseloadScenario({
    openCases: 962.5,
    caseworkers: 17.5,
    targetCaseload: 25,
    annualCostPerCaseworker: 500_000,
  }).annualCost,
  10_500_000,
);
assert.throws(() => requiredCaseworkers(Number.NaN, 24), CaseloadError);
assert.throws(() => requiredCaseworkers(Number.NaN, 24), ValidationError);
console.log('  ESM import works: 144 cases at 24 need 6 caseworkers');
