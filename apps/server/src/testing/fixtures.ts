import { and, cases, eq, guardians, municipalities, users } from '@trappen/db';
import type { TestServer } from './test-server';

/** Ids the tests need, read straight from the seeded database. */
export async function fixtures(server: TestServer) {
  const db = server.handle.db;
  const [home, other] = server.seeded.municipalities;
  if (!home || !other) throw new Error('expected two municipalities');
  const userId = async (email: string) => {
    const [row] = await db.select().from(users).where(eq(users.email, email));
    if (!row) throw new Error(`no user ${email}`);
    return row;
  };
  const childrenOf = async (email: string) =>
    (
      await db
        .select({ childId: guardians.childId })
        .from(guardians)
        .where(eq(guardians.userId, (await userId(email)).id))
    ).map((g) => g.childId);
  const caseworker = await userId('sagsbehandler@eksempelby.dk');
  const caseworker2 = await userId('sagsbehandler2@eksempelby.dk');
  const openCases = await db
    .select()
    .from(cases)
    .where(and(eq(cases.municipalityId, home.id), eq(cases.status, 'open')));
  const [otherCase] = await db
    .select()
    .from(cases)
    .where(eq(cases.municipalityId, other.id))
    .limit(1);
  const [otherMunicipality] = await db
    .select()
    .from(municipalities)
    .where(eq(municipalities.id, other.id));
  return {
    home,
    other,
    otherDomain: `${otherMunicipality?.name.toLowerCase().replace(/[^a-z]/g, '')}.dk`,
    caseworker,
    caseworker2,
    ownCase: openCases.find((c) => c.caseworkerId === caseworker.caseworkerId),
    otherTeamCase: openCases.find(
      (c) => c.teamId !== caseworker.teamId && c.caseworkerId !== caseworker.caseworkerId,
    ),
    otherMunicipalityCase: otherCase,
    parentChildren: await childrenOf('foraelder@eksempelby.dk'),
    parent2Children: await childrenOf('foraelder2@eksempelby.dk'),
  };
}
