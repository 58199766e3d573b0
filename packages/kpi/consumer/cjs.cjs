const assert = require('node:assert/strict');
const { KpiError, suppressCount } = require('@trappen/kpi');
const { generateKpiInput } = require('@trappen/kpi/testing');

assert.deepEqual(suppressCount(3), { suppressed: true });
assert.equal(generateKpiInput({ seed: 1, children: 12 }).children.length, 12);
import('@trappen/kpi').then((esm) => {
  assert.strictEqual(esm.KpiError, KpiError);
  console.log('  CJS require works (main entry and ./testing), one KpiError class');
});
