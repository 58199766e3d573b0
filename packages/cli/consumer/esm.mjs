import assert from 'node:assert/strict';
import { EXIT, parseCsv, run } from '@trappen/cli';

const result = run(['staircase', '--lang', 'en']);
assert.equal(result.exitCode, EXIT.ok);
assert.match(result.stdout, /Placement at a residential home or institution/);
assert.equal(parseCsv('a,"b, c"\r\n')[0]?.cells[1]?.value, 'b, c');
assert.equal(run(['simulate', '--help']).exitCode, EXIT.ok);
console.log('  @trappen/cli run() works from ESM');
