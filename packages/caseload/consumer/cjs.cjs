const assert = require('node:assert/strict');
const { CaseloadError, requiredCaseworkers } = require('@trappen/caseload');

assert.equal(requiredCaseworkers(144, 24), 6);
// The same class whether the package is required or imported (ESM only, one copy).
import('@trappen/caseload').then((esm) => {
  assert.strictEqual(esm.CaseloadError, CaseloadError);
  try {
    esm.requiredCaseworkers(-1, 24);
  } catch (error) {
    assert.ok(error instanceof CaseloadError);
  }
  console.log('  CJS require works, and gives the same CaseloadError as import');
});
