import { defaultStaircase } from '@trappen/staircase';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../database';
import { queryRows } from '../query-rows';
import { seed } from '../seed';
import { createTestDatabase } from '../test-database';
import type { ImportScope } from './importer';

/** A seeded test database and what the importer tests need from it. */
export interface ImportFixture {
  handle: DatabaseHandle;
  /** The first municipality, whole. */
  scope: ImportScope;
  /** The first municipality, as the team leader of `teamId` sees it. */
  teamScope: ImportScope;
  /** Open cases of the first municipality in the team, and one outside it. */
  teamCaseIds: string[];
  otherTeamCaseId: string;
  /** A case of the second municipality. */
  foreignCaseId: string;
  /** Caseworkers of the first municipality in and outside the team. */
  teamCaseworkerEmail: string;
  otherTeamCaseworkerEmail: string;
  count(table: string, where?: ReturnType<typeof sql>): Promise<number>;
}

/** Seeds two small municipalities for the importer tests (test support only). */
export async function importFixture(): Promise<ImportFixture> {
  const handle = await createTestDatabase();
  const seeded = await seed(handle.db, {
    municipalities: 2,
    scale: 0.05,
    asOf: '2025-06-30',
    randomSeed: 7,
  });
  const m = seeded.municipalities[0]?.id as string;
  const other = seeded.municipalities[1]?.id as string;
  const one = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ v: string }>(handle.db, query)).map((r) => r.v);
  const [teamId] = await one(
    sql`select team_id::text as v from cases where municipality_id = ${m} and team_id is not null
      group by team_id order by count(*) desc, team_id limit 1`,
  );
  const teamCaseIds = await one(
    sql`select id::text as v from cases where team_id = ${teamId} order by id limit 4`,
  );
  const [otherTeamCaseId] = await one(
    sql`select id::text as v from cases where municipality_id = ${m} and team_id <> ${teamId} limit 1`,
  );
  const [foreignCaseId] = await one(
    sql`select id::text as v from cases where municipality_id = ${other} limit 1`,
  );
  const [teamCaseworkerEmail] = await one(
    sql`select email as v from caseworkers where team_id = ${teamId} and ended_on is null order by id limit 1`,
  );
  const [otherTeamCaseworkerEmail] = await one(
    sql`select email as v from caseworkers where municipality_id = ${m} and team_id <> ${teamId} order by id limit 1`,
  );
  const scope: ImportScope = {
    municipalityId: m,
    teamId: null,
    catalogue: new Set(defaultStaircase.interventions.map((i) => i.code)),
    userId: null,
  };
  return {
    handle,
    scope,
    teamScope: { ...scope, teamId: teamId as string },
    teamCaseIds,
    otherTeamCaseId: otherTeamCaseId as string,
    foreignCaseId: foreignCaseId as string,
    teamCaseworkerEmail: teamCaseworkerEmail as string,
    otherTeamCaseworkerEmail: otherTeamCaseworkerEmail as string,
    count: async (table, where = sql`true`) =>
      (
        await queryRows<{ n: number }>(
          handle.db,
          sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`,
        )
      )[0]?.n ?? 0,
  };
}
