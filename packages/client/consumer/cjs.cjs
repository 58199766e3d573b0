const assert = require('node:assert/strict');
const { createTrappenClient } = require('@trappen/client');

const client = createTrappenClient({ url: 'http://api.test/trpc' });
assert.equal(typeof client.businessCases.evaluate.mutate, 'function');
console.log('  @trappen/client loads from CommonJS');
