import assert from 'node:assert/strict';
import {
  evaluateBusinessCase,
  herningBusinessCase,
  placementPrice,
  SavingsError,
} from '@trappen/savings';

assert.equal(placementPrice({ dailyRate: 2000, months: 18 }), 1_095_000);
assert.equal(placementPrice({ dailyRate: 2123.4567, days: 730 }), 1_550_123.39);
assert.equal(evaluateBusinessCase(herningBusinessCase).paybackYear, 2018);
assert.throws(() => placementPrice({ dailyRate: 1e308, days: 1 }), SavingsError);
console.log('  ESM import works: Herning pays back in 2018');
