import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, loginAs, startTestServer, type TestServer } from './testing/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('smoke', () => {
  it('logs in and lists my cases', async () => {
    const { client } = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
    const me = await client.auth.me.query();
    expect(me.role).toBe('caseworker');
    const page = await client.cases.list.query({ pageSize: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    const detail = await client.cases.get.query({ caseId: page.items[0]?.caseId ?? '' });
    expect(detail.child.id).toBe(page.items[0]?.childId);
  });

  it('refuses anonymous calls', async () => {
    const { client } = clientFor(server.url);
    await expect(client.auth.me.query()).rejects.toThrow();
  });
});
