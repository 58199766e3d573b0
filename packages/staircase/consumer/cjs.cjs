const assert = require('node:assert/strict');
const { defaultStaircase, StaircaseError, timeline } = require('@trappen/staircase');

const history = [
  { code: 'family-treatment', start: '2024-01-01', end: '2024-12-31' },
  { code: 'residential-institution', start: '2024-03-01', end: '2024-05-31' },
];
const periods = timeline(defaultStaircase, history);
const expected = [
  { from: '2024-01-01', to: '2024-02-29', step: 'home-based', rank: 3 },
  { from: '2024-03-01', to: '2024-05-31', step: 'institution', rank: 6 },
  { from: '2024-06-01', to: '2024-12-31', step: 'home-based', rank: 3 },
];
assert.deepStrictEqual(periods, expected);
assert.strictEqual(defaultStaircase.steps.length, 6);
assert.ok(Object.isFrozen(defaultStaircase));
assert.throws(
  () => timeline(defaultStaircase, [{ code: 'nope', start: '2024-01-01' }]),
  StaircaseError,
);
console.log('  CJS require works:', periods.map((p) => p.step).join(' -> '));

// ESM only: require() loads the one ESM copy (Node ≥ 20.19), so the error class is
// the same object for import and require, and `instanceof` holds across them.
import('@trappen/staircase').then((esm) => {
  assert.strictEqual(esm.StaircaseError, StaircaseError);
  assert.strictEqual(esm.ValidationError, require('@trappen/staircase').ValidationError);
  console.log('  require and import give the same StaircaseError class');
});
