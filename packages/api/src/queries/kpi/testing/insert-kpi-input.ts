import { createHash } from 'node:crypto';
import type { CaseloadNormsInput } from '@trappen/caseload';
import * as db from '@trappen/db';
import type { KpiInput } from '@trappen/kpi';
import { defaultStaircase } from '@trappen/staircase';

/** A stable UUID for a generator id (the generator's ids are not UUIDs). */
function uuidOf(scope: string, id: string): string {
  const hex = createHash('sha256').update(`${scope}:${id}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Test support: stores `@trappen/kpi`'s generated input as a municipality of its own.
 * The schema holds one case per child's assignment and intervention (the child's first
 * case), one leave period per caseworker, and the two accounts `measures` and
 * `administration` (the generator's four accounts are folded into them), so the
 * reference reads the data back rather than using the generated object. `norms`, when
 * given, is stored as the municipality's caseload norm, with team overrides keyed by
 * the generator's team names (stored under the teams' ids).
 */
export async function insertKpiInput(
  database: db.Database,
  input: KpiInput,
  name: string,
  norms?: CaseloadNormsInput,
): Promise<string> {
  const u = (id: string) => uuidOf(name, id);
  const m = u('municipality');
  const teamNames = [
    ...new Set([
      ...input.caseworkers.map((w) => w.team),
      ...input.children.flatMap((c) => (c.team ? [c.team] : [])),
    ]),
  ];
  const caseOf = new Map<string, string>();
  for (const c of input.cases) if (!caseOf.has(c.childId)) caseOf.set(c.childId, u(c.id));
  const caseFor = (childId: string) => caseOf.get(childId) as string;
  const interventionCase = new Map(input.interventions.map((i) => [i.id, caseFor(i.childId)]));
  const money = new Map<
    string,
    { year: number; account: 'measures' | 'administration'; spend: number; budget: number }
  >();
  const add = (
    row: { account: string; year: number; amount: number },
    field: 'spend' | 'budget',
  ) => {
    const account =
      row.account.startsWith('6') || row.account === 'SO20' ? 'administration' : 'measures';
    const key = `${row.year}:${account}`;
    const entry = money.get(key) ?? { year: row.year, account, spend: 0, budget: 0 };
    entry[field] += Math.round(row.amount);
    money.set(key, entry);
  };
  for (const row of input.spend ?? []) add(row, 'spend');
  for (const row of input.budget ?? []) add(row, 'budget');

  await database.transaction(async (tx) => {
    await db.insertInBatches(tx, db.municipalities, [
      { id: m, code: name.slice(0, 12), name, inhabitants: 10_000, reformStart: '2017-01-01' },
    ]);
    await db.insertInBatches(
      tx,
      db.teams,
      teamNames.map((team) => ({ id: u(`team-${team}`), municipalityId: m, name: team })),
    );
    await db.insertInBatches(
      tx,
      db.caseworkers,
      input.caseworkers.map((w) => ({
        id: u(w.id),
        municipalityId: m,
        teamId: u(`team-${w.team}`),
        name: w.id,
        email: `${w.id}@example.invalid`,
        phone: '',
        fte: w.fte,
        startedOn: '2010-01-01',
        leaveFrom: w.leave?.[0]?.from ?? null,
        leaveTo: w.leave?.[0]?.to ?? null,
      })),
    );
    await db.insertInBatches(tx, db.staircases, [
      { municipalityId: m, definition: defaultStaircase },
    ]);
    if (norms) {
      const teams = Object.fromEntries(
        Object.entries(norms.teams ?? {}).map(([team, norm]) => [u(`team-${team}`), norm]),
      );
      await db.insertInBatches(tx, db.ruleSets, [
        { municipalityId: m, caseloadNorm: { ...norms, teams } },
      ]);
    }
    await db.insertInBatches(
      tx,
      db.children,
      input.children.map((c, index) => ({
        id: u(c.id),
        municipalityId: m,
        reference: `G-${index}`,
        name: 'Generated Child',
        birthDate: '2010-01-01',
      })),
    );
    const teamOf = new Map(input.children.map((c) => [c.id, c.team]));
    await db.insertInBatches(
      tx,
      db.cases,
      input.cases.map((c) => ({
        id: u(c.id),
        municipalityId: m,
        childId: u(c.childId),
        status: c.closed ? ('closed' as const) : ('open' as const),
        openedOn: c.opened,
        closedOn: c.closed ?? null,
        teamId: teamOf.get(c.childId) ? u(`team-${teamOf.get(c.childId)}`) : null,
      })),
    );
    await db.insertInBatches(
      tx,
      db.caseAssignments,
      input.assignments.map((a, index) => ({
        id: u(`assignment-${index}`),
        municipalityId: m,
        caseId: caseFor(a.childId),
        caseworkerId: u(a.caseworkerId),
        fromDate: a.from,
        toDate: a.to ?? null,
      })),
    );
    await db.insertInBatches(
      tx,
      db.interventions,
      input.interventions.map((i) => ({
        id: u(i.id),
        municipalityId: m,
        caseId: caseFor(i.childId),
        childId: u(i.childId),
        code: i.code,
        startDate: i.start,
        endDate: i.end ?? null,
      })),
    );
    await db.insertInBatches(
      tx,
      db.followUps,
      (input.followUps ?? []).map((f, index) => ({
        id: u(`follow-up-${index}`),
        municipalityId: m,
        caseId: interventionCase.get(f.interventionId) as string,
        interventionId: u(f.interventionId),
        date: f.date,
        outcome: 'continue' as const,
        childHeard: true,
      })),
    );
    await db.insertInBatches(
      tx,
      db.notifications,
      (input.notifications ?? []).map((n) => ({
        id: u(n.id),
        municipalityId: m,
        childId: n.childId ? u(n.childId) : null,
        receivedOn: n.received,
        childAge: n.ageAtReceipt,
        source: n.source,
      })),
    );
    await db.insertInBatches(
      tx,
      db.budgetEntries,
      [...money.values()].map((row) => ({
        id: u(`money-${row.year}-${row.account}`),
        municipalityId: m,
        ...row,
      })),
    );
  });
  return m;
}
