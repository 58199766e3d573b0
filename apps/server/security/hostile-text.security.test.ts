import { count, importBatches, interventions, queryRows, sql } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { loginAs, type TestServer } from '../src/testing/test-server';
import {
  allProcedures,
  cookieHeader,
  type ProcedureInfo,
  rawCall,
  startSecurityServer,
} from './harness';
import { type MatrixRole, ROLE_LOGINS, ROLE_MATRIX } from './role-matrix';

let server: TestServer;
const cookies = new Map<MatrixRole, string>();
const logged: string[] = [];
beforeAll(async () => {
  server = await startSecurityServer({
    logger: createLogger({ level: 'error', destination: { write: (line) => logged.push(line) } }),
    throttle: { windowMs: 60_000, perAccountAddress: 1_000_000, perAddress: 1_000_000, delayMs: 1 },
  });
  for (const role of ['caseworker', 'teamLeader', 'administrator', 'parent'] as const)
    cookies.set(role, cookieHeader((await loginAs(server.url, ROLE_LOGINS[role])).jar));
});
afterAll(() => server?.close());

const callerOf = (p: ProcedureInfo): MatrixRole => ROLE_MATRIX[p.path]?.allowed[0] ?? 'caseworker';
/** The matrix's input, with the optional text fields the matrix leaves out filled in. */
const sampleOf = (p: ProcedureInfo): Record<string, unknown> => {
  const sample = (ROLE_MATRIX[p.path]?.input(callerOf(p)) ?? {}) as Record<string, unknown>;
  if (p.path === 'kpi.board') return { ...sample, municipalityCode: '0101' };
  if (p.path === 'cases.list') return { ...sample, search: 'Jensen' };
  if (p.path === 'interventions.update')
    return { ...sample, provider: 'x', plannedEnd: '2025-12-01' };
  if (p.path === 'followUps.record') return { ...sample, note: 'n', nextDate: '2025-03-01' };
  return sample;
};
// Anonymous where anyone may call: login and the public board take no cookie.
const call = (p: ProcedureInfo, input: unknown) =>
  rawCall(
    server.url,
    p,
    input,
    p.path === 'auth.login' || p.path === 'kpi.board' ? undefined : cookies.get(callerOf(p)),
  );
const targets = () =>
  allProcedures().filter((p) => p.path !== 'auth.logout' && p.inputs.length > 0);

/** Every (field path, value) of the sample whose value satisfies `pick`, arrays included. */
function fieldsOf(sample: Record<string, unknown>, pick: (v: unknown) => boolean): string[][] {
  const out: string[][] = [];
  for (const [key, value] of Object.entries(sample)) {
    if (pick(value)) out.push([key]);
    if (Array.isArray(value))
      value.forEach((item, i) => {
        if (pick(item)) out.push([key, String(i)]);
      });
  }
  return out;
}
function withValue(sample: Record<string, unknown>, path: string[], value: unknown) {
  const copy = structuredClone(sample);
  const [key, index] = path as [string, string | undefined];
  if (index === undefined) copy[key] = value;
  else (copy[key] as unknown[])[Number(index)] = value;
  return copy;
}
const written = async () => {
  const db = server.handle.db;
  const [i] = await db.select({ n: count() }).from(interventions);
  const [b] = await db.select({ n: count() }).from(importBatches);
  return { interventions: Number(i?.n ?? 0), batches: Number(b?.n ?? 0) };
};

/** The answer must be 400 with a field error on `field` and a message in both languages. */
function expectFieldError(
  label: string,
  field: string,
  answer: Awaited<ReturnType<typeof rawCall>>,
) {
  const data = answer.body.error?.data as
    | {
        code?: string;
        fieldErrors?: Record<string, string[]>;
        messages?: { da: string; en: string };
        requestId?: string;
      }
    | undefined;
  expect([label, answer.status, data?.code]).toEqual([label, 400, 'BAD_REQUEST']);
  expect([label, Object.keys(data?.fieldErrors ?? {})]).toEqual([label, [field]]);
  expect(data?.messages?.da).toBeTruthy();
  expect(data?.messages?.en).toBeTruthy();
  expect(data?.messages?.da).not.toBe(data?.messages?.en);
  expect(data?.requestId).toMatch(/^[0-9a-f-]{36}$/);
}

describe('text and numbers the database cannot store answer 400 with a field error (ASVS V1.5, V2.2.1)', () => {
  it('refuses a NUL byte and a lone surrogate in every text field of every procedure, anonymous login and board included', async () => {
    let checked = 0;
    for (const procedure of targets()) {
      const sample = sampleOf(procedure);
      for (const path of fieldsOf(sample, (v) => typeof v === 'string')) {
        // An import file's cells are reported line by line by the dry run (tested below).
        if (procedure.path.startsWith('imports.') && path[0] === 'csv') continue;
        for (const [name, bad] of [
          ['NUL', 'a\u0000b'],
          ['lone surrogate', 'a\ud800b'],
        ] as const) {
          const answer = await call(procedure, withValue(sample, path, bad));
          expectFieldError(`${procedure.path} ${path.join('.')} ${name}`, path.join('.'), answer);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    // A NUL in a field name is refused the same way.
    const login = allProcedures().find((p) => p.path === 'auth.login') as ProcedureInfo;
    expectFieldError(
      'login key',
      'e\u0000',
      await call(login, { email: 'a@b.dk', password: 'x', 'e\u0000': 1 }),
    );
  });

  it('refuses year 0000 in every date field', async () => {
    let checked = 0;
    for (const procedure of targets()) {
      const sample = sampleOf(procedure);
      for (const path of fieldsOf(
        sample,
        (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
      )) {
        const answer = await call(procedure, withValue(sample, path, '0000-01-01'));
        expectFieldError(`${procedure.path} ${path.join('.')}`, path.join('.'), answer);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7);
  });

  it('refuses 1e308 in every number field, and in a business case amount whose sum would be Infinity', async () => {
    let checked = 0;
    for (const procedure of targets()) {
      const sample = sampleOf(procedure);
      for (const path of fieldsOf(sample, (v) => typeof v === 'number')) {
        const answer = await call(procedure, withValue(sample, path, 1e308));
        expectFieldError(`${procedure.path} ${path.join('.')}`, path.join('.'), answer);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(8);
    const [saved] = await queryRows<{ definition: { lines: Record<string, unknown>[] } }>(
      server.handle.db,
      sql`select definition from business_cases order by id limit 1`,
    );
    const definition = structuredClone(saved?.definition ?? { lines: [] });
    const index = definition.lines.findIndex((l) => l.type === 'fte');
    definition.lines[index] = { ...definition.lines[index], annualCost: 1e308 };
    for (const path of ['businessCases.evaluate', 'businessCases.save']) {
      const answer = await call({ path, type: 'mutation' } as ProcedureInfo, { definition });
      expectFieldError(path, `definition.lines.${index}.annualCost`, answer);
    }
  });

  it('answers JSON nested 40,000 deep with 400 and a request id', async () => {
    const deep = `${'['.repeat(40_000)}${']'.repeat(40_000)}`;
    for (const path of ['plans.save', 'auth.login']) {
      const response = await fetch(`${server.url}/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies.get('caseworker') ?? '' },
        body: `{"purpose":${deep}}`,
      });
      const body = (await response.json()) as {
        error?: { data?: { code?: string; requestId?: string } };
      };
      expect([path, response.status, body.error?.data?.code]).toEqual([path, 400, 'BAD_REQUEST']);
      expect(body.error?.data?.requestId).toBe(response.headers.get('x-request-id'));
    }
  });
});

describe('imports: the dry run reports what the run would refuse', () => {
  it('names NUL bytes, lone surrogates and year 0000 in a file as problems, and the run refuses them with 400', async () => {
    const [row] = await queryRows<{ id: string }>(
      server.handle.db,
      sql`select c.id::text from cases c join municipalities m on m.id = c.municipality_id
        where m.name = 'Eksempelby' and c.status = 'open' order by c.id limit 1`,
    );
    const header = 'case_id,code,start_date,planned_end,end_date,provider,daily_rate';
    const cookie = cookies.get('administrator');
    for (const [label, line, column, code] of [
      [
        'NUL',
        `${row?.id},family-treatment,2025-06-02,,,Nul\u0000Leverandør,`,
        'provider',
        'invalidCharacters',
      ],
      [
        'surrogate',
        `${row?.id},family-treatment,2025-06-02,,,Halv\ud800,`,
        'provider',
        'invalidCharacters',
      ],
      ['year 0000', `${row?.id},family-treatment,0000-06-02,,,,`, 'start_date', 'outOfRange'],
    ] as const) {
      const csv = `${header}\n${line}\n`;
      const before = await written();
      const dry = await rawCall(
        server.url,
        { path: 'imports.dryRun', type: 'mutation' },
        { kind: 'interventions', csv },
        cookie,
      );
      expect([label, dry.status]).toEqual([label, 200]);
      const result = dry.body.result?.data as { problems: { column: string; code: string }[] };
      expect([label, result.problems.map((p) => [p.column, p.code])]).toEqual([
        label,
        [[column, code]],
      ]);
      const run = await rawCall(
        server.url,
        { path: 'imports.run', type: 'mutation' },
        { kind: 'interventions', csv, idempotencyKey: `hostile-${label.replace(/\s/g, '')}` },
        cookie,
      );
      expect([label, run.status]).toEqual([label, 400]);
      expect(await written()).toEqual(before);
    }
    expect(logged).toEqual([]);
  });
});
