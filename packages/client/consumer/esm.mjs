import assert from 'node:assert/strict';
import { createTrappenClient } from '@trappen/client';

const calls = [];
const client = createTrappenClient({
  url: 'http://api.test/trpc',
  headers: { cookie: 'trappen_session=abc' },
  fetch: async (url, init) => {
    calls.push({ url: String(url), cookie: new Headers(init?.headers).get('cookie') });
    return new Response(JSON.stringify([{ result: { data: { id: 'default', steps: [] } } }]), {
      headers: { 'content-type': 'application/json' },
    });
  },
});
assert.deepEqual(await client.staircase.get.query(), { id: 'default', steps: [] });
assert.match(calls[0].url, /\/trpc\/staircase\.get\?batch=1/);
assert.equal(calls[0].cookie, 'trappen_session=abc');
console.log('  @trappen/client queries over HTTP from ESM');
