import { businessCases, eq } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from './testing/fixtures';
import { codeOf, errorOf, loginAs, startTestServer, type TestServer } from './testing/test-server';

let server: TestServer;
let businessCaseId: string;
beforeAll(async () => {
  server = await startTestServer();
  const f = await fixtures(server);
  const [row] = await server.handle.db
    .select({ id: businessCases.id })
    .from(businessCases)
    .where(eq(businessCases.municipalityId, f.home.id))
    .limit(1);
  if (!row) throw new Error('no seeded business case');
  businessCaseId = row.id;
});
afterAll(() => server?.close());

const input = () => ({
  businessCaseId,
  stepDown: { low: 0, likely: 0.2, high: 0.4 },
  stepUp: { low: -0.3, likely: -0.1, high: 0 },
  placementInflow: { low: -0.2, likely: -0.05, high: 0.05 },
  rampUpMonths: { low: 6, likely: 12, high: 24 },
});

describe('businessCases.scenario', () => {
  it('is deterministic, with ordered bands, payback probabilities and a tornado', async () => {
    const { client } = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const first = await client.businessCases.scenario.query(input());
    const again = await client.businessCases.scenario.query(input());
    expect(again).toEqual(first);
    expect(first.draws).toBe(2000);
    expect(first.historyChildren).toBeGreaterThan(0);
    expect(first.years.length).toBeGreaterThanOrEqual(4);
    for (const year of first.years) {
      for (const band of [year.net, year.cumulativeNet]) {
        expect(band.p10).toBeLessThanOrEqual(band.p50);
        expect(band.p50).toBeLessThanOrEqual(band.p90);
      }
      expect(year.probabilityPaidBackBy).toBeGreaterThanOrEqual(0);
      expect(year.probabilityPaidBackBy).toBeLessThanOrEqual(1);
    }
    const paidBack = first.years.map((y) => y.probabilityPaidBackBy);
    expect(paidBack).toEqual([...paidBack].sort((a, b) => a - b));
    expect(first.tornado.bars.map((b) => b.parameter).sort()).toEqual(
      ['placementInflow', 'rampUpMonths', 'staffCostPerYear', 'stepDown', 'stepUp'].sort(),
    );
    expect(first.staffCostPerYear.likely).toBeGreaterThan(0);
  });

  it('responds to the assumptions: more staff cost means a higher net', async () => {
    const { client } = await loginAs(server.url, 'administrator@eksempelby.dk');
    const base = await client.businessCases.scenario.query(input());
    const costly = await client.businessCases.scenario.query({
      ...input(),
      staffCostPerYear: {
        low: base.staffCostPerYear.likely * 2,
        likely: base.staffCostPerYear.likely * 2,
        high: base.staffCostPerYear.likely * 2,
      },
    });
    expect(costly.years[0]?.net.p50).toBeGreaterThan(base.years[0]?.net.p50 ?? 0);
  });

  it('refuses an unordered range with the field named', async () => {
    const { client } = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const error = await errorOf(
      client.businessCases.scenario.query({
        ...input(),
        stepDown: { low: 0.4, likely: 0.2, high: 0.1 },
      }),
    );
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(Object.keys(error.data?.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(['stepDown.likely', 'stepDown.high']),
    );
  });

  it('is forbidden for caseworkers, parents and council members', async () => {
    for (const email of [
      'sagsbehandler@eksempelby.dk',
      'foraelder@eksempelby.dk',
      'byraad@eksempelby.dk',
    ]) {
      const { client } = await loginAs(server.url, email);
      expect(await codeOf(client.businessCases.scenario.query(input()))).toBe('FORBIDDEN');
    }
  });
});
