const assert = require('node:assert/strict');
const { KpiError, suppress } = require('@trappen/kpi');
const { generateKpiInput } = require('@trappen/kpi/testing');

assert.deepEqual(suppress({ rows: ['a'], columns: ['x', 'y'], counts: [[12, 3]] }).cells[0][1], {
  kind: 'suppressed',
});
assert.equal(generateKpiInput({ seed: 1, children: 12 }).children.length, 12);
import('@trappen/kpi').then((esm) => {
  assert.strictEqual(esm.KpiError, KpiError);
  console.log('  CJS require works (main entry and ./testing), one KpiError class');
});
