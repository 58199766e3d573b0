import assert from 'node:assert/strict';
import { EXIT, run } from '@trappen/cli';

const result = run(['staircase', '--lang', 'en']);
assert.equal(result.exitCode, EXIT.ok);
assert.match(result.stdout, /Placement at a residential home or institution/);
console.log('  @trappen/cli run() works from ESM');
