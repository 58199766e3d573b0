import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../src/testing/fixtures';
import { loginAs, type TestServer } from '../src/testing/test-server';
import { cookieHeader, rawCall, startSecurityServer } from './harness';
import { ROLE_MATRIX } from './role-matrix';

// The property test "random microdata → suppress → no hidden cell derivable" (a
// linear-algebra oracle) lives with `suppress` in packages/kpi and runs in this suite
// too (see vitest.security.config.ts); here the real board is checked end to end.
let server: TestServer;
let f: Awaited<ReturnType<typeof fixtures>>;
beforeAll(async () => {
  server = await startSecurityServer();
  f = await fixtures(server);
});
afterAll(() => server?.close());

/** Every published count cell `{ kind: 'value', value }` with its path, shares and rates excluded by name. */
function countCells(node: unknown, path = ''): [string, number][] {
  if (Array.isArray(node)) return node.flatMap((item, i) => countCells(item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const keys = Object.keys(record);
  if (
    record.kind === 'value' &&
    typeof record.value === 'number' &&
    Number.isInteger(record.value) &&
    !/share|rate|average|percent|perFte|change|childYears|spend|amount|dkk|budget/i.test(path)
  )
    return [[path, record.value]];
  return keys.flatMap((key) => countCells(record[key], `${path}.${key}`));
}

describe('disclosure control on the council board (ASVS V14.2, Danish statistics practice)', () => {
  it.each(['home', 'other'] as const)(
    'publishes no count of 1-4 children for the %s municipality',
    async (which) => {
      const email = which === 'home' ? 'byraad@eksempelby.dk' : `byraad@${f.otherDomain}`;
      const { client } = await loginAs(server.url, email);
      const board = await client.kpi.board.query({});
      expect(board.threshold).toBe(5);
      const cells = countCells(board);
      expect(cells.length).toBeGreaterThan(20);
      const small = cells.filter(([, v]) => v > 0 && v < 5);
      expect(small).toEqual([]);
      expect(JSON.stringify(board)).toContain('"kind":"suppressed"');
    },
  );

  it('gives a council member no aggregate outside the board: notifications.byYear and spend.byYear are gone', async () => {
    // They returned raw yearly counts (a 2014 count of 2 came back as `count 2, underEight 2`).
    const session = await loginAs(server.url, 'byraad@eksempelby.dk');
    const cookie = cookieHeader(session.jar);
    for (const path of ['notifications.byYear', 'spend.byYear']) {
      const { status, text } = await rawCall(
        server.url,
        { path, type: 'query' },
        undefined,
        cookie,
      );
      expect([path, status]).toEqual([path, 404]);
      expect(text).not.toMatch(/"count"|"underEight"/);
    }
    // Every procedure a council member may call that is not about the session, their own
    // message preferences or the staircase's steps is an aggregate whose counts pass the
    // disclosure boundary in @trappen/kpi (discloseBoard, discloseTimeliness).
    const councilPaths = Object.entries(ROLE_MATRIX)
      .filter(([, row]) => row.allowed.includes('council'))
      .map(([path]) => path)
      .filter(
        (path) =>
          !path.startsWith('auth.') && !path.startsWith('messages.') && path !== 'staircase.get',
      );
    expect(councilPaths).toEqual(['notifications.timeliness', 'kpi.board']);
  });
});
