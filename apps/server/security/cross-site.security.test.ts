import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../src/testing/fixtures';
import { loginAs, type TestServer } from '../src/testing/test-server';
import { auditCount, cookieHeader, startSecurityServer } from './harness';

let server: TestServer;
let cookie: string;
let caseUrl: string;
beforeAll(async () => {
  server = await startSecurityServer();
  const f = await fixtures(server);
  cookie = cookieHeader((await loginAs(server.url, 'sagsbehandler@eksempelby.dk')).jar);
  const input = encodeURIComponent(JSON.stringify({ caseId: f.ownCase?.id }));
  caseUrl = `${server.url}/trpc/cases.get?input=${input}`;
});
afterAll(() => server?.close());

/** A read of the caseworker's own case with the session cookie and the given headers. */
async function readCase(headers: Record<string, string>) {
  const before = await auditCount(server.handle.db);
  const response = await fetch(caseUrl, { headers: { cookie, ...headers } });
  const text = await response.text();
  return { status: response.status, text, audited: (await auditCount(server.handle.db)) - before };
}

describe('cross-site reads (ASVS V3.5.3, V3.5.8; API8:2023)', () => {
  it('refuses a cross-site navigation carrying the cookie (Sec-Fetch-Site: cross-site): no read, no audit row', async () => {
    const attack = await readCase({
      'sec-fetch-site': 'cross-site',
      'sec-fetch-mode': 'navigate',
      'sec-fetch-dest': 'document',
    });
    expect([attack.status, attack.audited]).toEqual([403, 0]);
    expect(attack.text).not.toMatch(/childName|caseworker|"result"/);
  });

  it('refuses a same-site request from another origin (a sibling subdomain)', async () => {
    const sibling = await readCase({
      'sec-fetch-site': 'same-site',
      origin: 'https://other.example.dk',
    });
    expect([sibling.status, sibling.audited]).toEqual([403, 0]);
  });

  it('without Fetch Metadata (older browsers), refuses a foreign Origin or Referer', async () => {
    const byOrigin = await readCase({ origin: 'https://evil.example' });
    const byReferer = await readCase({ referer: 'https://evil.example/page' });
    expect([byOrigin.status, byOrigin.audited]).toEqual([403, 0]);
    expect([byReferer.status, byReferer.audited]).toEqual([403, 0]);
  });

  it('still answers same-origin requests, user-typed navigations (none) and clients without browser headers', async () => {
    const own = new URL(server.url).origin;
    const cases: Record<string, string>[] = [
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      { 'sec-fetch-site': 'same-origin', origin: own, referer: `${own}/console/` },
      { referer: `${own}/console/cases` },
      {},
    ];
    for (const headers of cases) {
      const ok = await readCase(headers);
      expect([JSON.stringify(headers), ok.status, ok.audited]).toEqual([
        JSON.stringify(headers),
        200,
        1,
      ]);
    }
  });
});
