import { type CaseloadScenario, caseloadScenario, requiredCaseworkers } from '@trappen/caseload';

const needed: number = requiredCaseworkers(144, 24);
const scenario: CaseloadScenario = caseloadScenario({
  openCases: 962.5,
  caseworkers: 17.5,
  targetCaseload: 25,
  annualCostPerCaseworker: 500_000,
});
// @ts-expect-error the open cases are a number
requiredCaseworkers('144', 24);

export { needed, scenario };
