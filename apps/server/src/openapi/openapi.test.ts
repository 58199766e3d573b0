import { readFileSync } from 'node:fs';
import { appRouter, POLICY, type PolicyPath } from '@trappen/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, type TestServer } from '../testing/test-server';
import { checkSchema } from './check-schema';
import type { JsonSchema } from './json-schema';

interface Operation {
  summary: string;
  security: Record<string, string[]>[];
  'x-access'?: { roles: string[]; scope: string; anonymous: boolean };
  parameters?: { name: string }[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, { content: { 'application/json': { schema: JsonSchema } } }>;
}
interface Document {
  openapi: string;
  info: { description: string; license?: { name: string; identifier?: string } };
  servers?: { url: string }[];
  paths: Record<string, { get?: Operation; post?: Operation }>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: { session: { name: string } };
  };
}

/** The CLI's shipped copy of Herning's business case. */
const herningBusinessCase = JSON.parse(
  readFileSync(new URL('../../../../packages/cli/examples/herning.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

let server: TestServer;
let doc: Document;
let cookie: string;

/** Logs in with plain fetch, as a non-TypeScript caller would, and returns the cookie. */
async function login(email: string): Promise<string> {
  const response = await fetch(`${server.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  const name = doc.components.securitySchemes.session.name;
  const set = response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
  expect(set, 'session cookie').toBeDefined();
  return (set as string).split(';')[0] as string;
}

/** The response schema of an operation for a status, checked against a body. */
function expectValid(operation: Operation, status: string, body: unknown) {
  const schema = operation.responses[status]?.content['application/json'].schema;
  expect(schema, `schema for ${status}`).toBeDefined();
  expect(checkSchema(body, schema as JsonSchema, doc.components.schemas)).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer();
  const response = await fetch(`${server.url}/openapi.json`);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  doc = (await response.json()) as Document;
  cookie = await login('teamleder@eksempelby.dk');
});
afterAll(() => server?.close());

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document of the read-only endpoints, without dangling references', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/trpc/auth.login',
        '/trpc/staircase.get',
        '/trpc/businessCases.evaluate',
      ]),
    );
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) expect(ref).toBe('"$ref":"#/components/schemas/Error"');
  });

  it('describes every procedure, with the access its rule in the policy gives', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(doc.paths).sort()).toEqual(procedures.map((p) => `/trpc/${p}`));
    for (const path of procedures) {
      if (path === 'auth.login') continue;
      const rule = POLICY[path as PolicyPath];
      const item = doc.paths[`/trpc/${path}`];
      const operation = (item?.get ?? item?.post) as Operation;
      expect([path, operation['x-access']]).toEqual([
        path,
        { roles: [...rule.roles], scope: rule.scope, anonymous: 'open' in rule },
      ]);
      expect([path, operation.security.some((s) => Object.keys(s).length === 0)]).toEqual([
        path,
        'open' in rule,
      ]);
    }
  });

  it('names its servers and licence, and cites nothing outside the repository', () => {
    expect(doc.servers?.map((s) => s.url)).toEqual(['/']);
    expect(doc.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    expect(JSON.stringify(doc)).not.toMatch(/DOMAIN\.md|\.\.\/shared/);
  });

  it('describes staircase.get, and its live answer matches the schema', async () => {
    const operation = doc.paths['/trpc/staircase.get']?.get as Operation;
    const response = await fetch(`${server.url}/trpc/staircase.get`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { steps: unknown[] } } };
    expectValid(operation, '200', body);
    expect(body.result.data.steps.length).toBeGreaterThan(0);

    const anonymous = await fetch(`${server.url}/trpc/staircase.get`);
    expect(anonymous.status).toBe(401);
    expectValid(operation, '401', await anonymous.json());
  });

  it('describes businessCases.evaluate as a JSON POST; the Herning case matches the schema', async () => {
    const operation = doc.paths['/trpc/businessCases.evaluate']?.post as Operation;
    const input = { definition: herningBusinessCase };
    expect(
      checkSchema(input, operation.requestBody?.content['application/json'].schema as JsonSchema),
    ).toEqual([]);
    const response = await fetch(`${server.url}/trpc/businessCases.evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(input),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { byYear: { net: number }[] } } };
    expectValid(operation, '200', body);
    expect(body.result.data.byYear.map((year: { net: number }) => year.net)).toEqual([
      3165000, -835000, -6235000, -6435000,
    ]);
  });

  it('documents the CSRF guard as it behaves: JSON without a cookie reaches the API (401), other bodies 415, foreign origins 403', async () => {
    const operation = doc.paths['/trpc/businessCases.evaluate']?.post as Operation;
    const url = `${server.url}/trpc/businessCases.evaluate`;
    const body = JSON.stringify({ definition: herningBusinessCase });
    const noCookie = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(noCookie.status).toBe(401);
    expectValid(operation, '401', await noCookie.json());
    const form = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body,
    });
    expect(form.status).toBe(415);
    expectValid(operation, '415', await form.json());
    const foreign = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: 'https://evil.example' },
      body,
    });
    expect(foreign.status).toBe(403);
    expectValid(operation, '403', await foreign.json());
  });

  it('rejects an invalid business case with 400 and field errors, as described', async () => {
    const operation = doc.paths['/trpc/businessCases.evaluate']?.post as Operation;
    const response = await fetch(`${server.url}/trpc/businessCases.evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ definition: { ...herningBusinessCase, lines: [] } }),
    });
    expect(response.status).toBe(400);
    expectValid(operation, '400', await response.json());
  });

  it('describes kpi.board (when the KPI router exists), and its live answer matches the schema', async () => {
    const path = doc.paths['/trpc/kpi.board'];
    if (!path) return;
    const operation = path.get as Operation;
    expect(operation.parameters?.map((parameter) => parameter.name)).toEqual(['input']);
    const council = await login('byraad@eksempelby.dk');
    const input = encodeURIComponent(JSON.stringify({}));
    const response = await fetch(`${server.url}/trpc/kpi.board?input=${input}`, {
      headers: { cookie: council },
    });
    expect(response.status).toBe(200);
    expectValid(operation, '200', await response.json());
  });
});
