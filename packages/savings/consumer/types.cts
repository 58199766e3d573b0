import {
  type BusinessCaseEvaluation,
  evaluateBusinessCase,
  herningBusinessCase,
  placementPrice,
} from '@trappen/savings';

const price: number = placementPrice({ dailyRate: 2000, months: 18 });
const evaluation: BusinessCaseEvaluation = evaluateBusinessCase(herningBusinessCase);
// @ts-expect-error a duration needs months or days
placementPrice({ dailyRate: 2000 });

export { evaluation, price };
