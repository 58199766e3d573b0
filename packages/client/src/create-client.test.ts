import { describe, expect, it } from 'vitest';
import { createTrappenClient } from './create-client';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A `fetch` that records requests and answers like the tRPC HTTP batch endpoint. */
function fakeFetch(answers: unknown[]): { fetch: typeof globalThis.fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    return new Response(JSON.stringify(answers.map((data) => ({ result: { data } }))), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('createTrappenClient', () => {
  it('queries with GET /trpc/<path> and the given headers, and returns the data', async () => {
    const { fetch, calls } = fakeFetch([{ id: 'default', steps: [] }]);
    const client = createTrappenClient({
      url: 'http://api.test/trpc',
      fetch,
      headers: { cookie: 'trappen_session=abc' },
    });
    const staircase = await client.staircase.get.query();
    expect(staircase).toEqual({ id: 'default', steps: [] });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.url).toMatch(/^http:\/\/api\.test\/trpc\/staircase\.get\?batch=1/);
    expect(calls[0]?.headers.cookie).toBe('trappen_session=abc');
  });

  it('sends mutations as POST with the input as JSON', async () => {
    const { fetch, calls } = fakeFetch([{ npv: -1 }]);
    const client = createTrappenClient({
      url: 'http://api.test/trpc',
      fetch,
      headers: () => ({ 'x-team': 'a' }),
    });
    const definition = {
      name: 'Pilot',
      firstYear: 2026,
      lastYear: 2026,
      lines: [
        {
          label: 'Tool',
          budgetArea: 'SO16',
          kind: 'investment' as const,
          type: 'oneOff' as const,
          year: 2026,
          amount: 1,
        },
      ],
    };
    await client.businessCases.evaluate.mutate({ definition });
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url).toMatch(/\/trpc\/businessCases\.evaluate\?batch=1$/);
    expect(calls[0]?.headers['x-team']).toBe('a');
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ 0: { definition } });
  });

  it('rejects with the server error message', async () => {
    const fetch = (async () =>
      new Response(
        JSON.stringify([
          {
            error: {
              message: 'Log in first',
              code: -32001,
              data: { code: 'UNAUTHORIZED', httpStatus: 401 },
            },
          },
        ]),
        { status: 401, headers: { 'content-type': 'application/json' } },
      )) as typeof globalThis.fetch;
    const client = createTrappenClient({ url: 'http://api.test/trpc', fetch });
    await expect(client.staircase.get.query()).rejects.toThrow('Log in first');
  });
});
