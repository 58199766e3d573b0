import assert from 'node:assert/strict';
import { defaultStaircase, StaircaseError, timeline } from '@trappen/staircase';

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
console.log('  ESM import works:', periods.map((p) => p.step).join(' -> '));
