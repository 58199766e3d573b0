const assert = require('node:assert/strict');
const { placementPrice, SavingsError } = require('@trappen/savings');

assert.equal(placementPrice({ dailyRate: 3500, days: 90 }), 315_000);
// ESM only: an error thrown through the ESM entry is `instanceof` the required class.
import('@trappen/savings').then((esm) => {
  assert.strictEqual(esm.SavingsError, SavingsError);
  assert.throws(() => esm.placementPrice({ dailyRate: -1, days: 1 }), SavingsError);
  console.log('  CJS require works, and an ESM SavingsError is instanceof the CJS one');
});
