import { randomUUID } from 'node:crypto';
import { parseCpr } from '@trappen/caseload';
import {
  and,
  caseAssignments,
  cases,
  caseworkers,
  children,
  type Database,
  eq,
  guardians,
  notifications,
  queryRows,
  sql,
} from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { conflict } from '../errors';
import { fieldError } from './intake-errors';
import { searchChildren } from './search-children';

/** A custody holder or other parent of a new child. */
export interface CustodyHolderInput {
  name: string;
  relation: string;
  contact: string;
  hasCustody: boolean;
}

/** What `cases.open` takes in. */
export interface OpenCaseInput {
  child:
    | { kind: 'existing'; childId: string }
    | {
        kind: 'new';
        name: string;
        birthDate: string;
        cpr: string;
        addressDistrict: string;
        custodyHolders: readonly CustodyHolderInput[];
      };
  openedOn: string;
  caseworkerId: string;
  notificationId?: string | undefined;
  notificationVersion?: number | undefined;
  allowSimilar: boolean;
}

async function newChild(
  db: Database,
  user: SessionUser,
  child: Extract<OpenCaseInput['child'], { kind: 'new' }>,
  allowSimilar: boolean,
): Promise<string> {
  let cpr: string | null = null;
  if (child.cpr !== '') {
    const parsed = parseCpr(child.cpr);
    if (!parsed.ok) throw fieldError('child.cpr', parsed.problem);
    if (parsed.birthDate !== child.birthDate) {
      throw fieldError('child.cpr', {
        da: `CPR-nummerets dato passer ikke med fødselsdatoen ${child.birthDate}.`,
        en: `The date in the CPR number does not match the birth date ${child.birthDate}.`,
      });
    }
    cpr = parsed.digits;
  }
  const matches = await searchChildren(db, user, {
    name: child.name,
    birthDate: child.birthDate,
    cpr: cpr ?? undefined,
  });
  const sameCpr = matches.find((m) => m.match === 'cpr');
  if (sameCpr) {
    throw fieldError('child.cpr', {
      da: `Et barn med dette CPR-nummer findes allerede (${sameCpr.reference}). Vælg det barn.`,
      en: `A child with this CPR number already exists (${sameCpr.reference}). Choose that child.`,
    });
  }
  const similar = matches.find((m) => m.match === 'nameAndBirthDate');
  if (similar && !allowSimilar) {
    throw fieldError('child.name', {
      da: `Et barn med samme navn og fødselsdato findes allerede (${similar.reference}). Vælg det barn, eller bekræft at det er et andet barn.`,
      en: `A child with the same name and birth date already exists (${similar.reference}). Choose that child, or confirm that this is another child.`,
    });
  }
  // References are numbered per municipality: serialise the numbering.
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${user.municipalityId}))`);
  const [next] = await queryRows<{ n: number }>(
    db,
    sql`select coalesce(max(substring(reference from 3)::int), 0)::int + 1 as n
        from children where municipality_id = ${user.municipalityId} and reference ~ '^B-[0-9]{1,9}$'`,
  );
  const id = randomUUID();
  await db.insert(children).values({
    id,
    municipalityId: user.municipalityId,
    reference: `B-${String(next?.n ?? 1).padStart(5, '0')}`,
    name: child.name,
    birthDate: child.birthDate,
    cpr,
    addressDistrict: child.addressDistrict || null,
  });
  if (child.custodyHolders.length > 0) {
    await db.insert(guardians).values(
      child.custodyHolders.map((holder) => ({
        id: randomUUID(),
        municipalityId: user.municipalityId,
        childId: id,
        name: holder.name,
        relation: holder.relation,
        contact: holder.contact || null,
        custody: holder.hasCustody,
      })),
    );
  }
  return id;
}

/**
 * Opens a case for a registered child or registers a new one (CPR validated against the
 * birth date; a child with the same CPR is refused, one with the same name and birth
 * date offered unless `allowSimilar`) with its custody holders, assigns the caseworker
 * (and the caseworker's team), and links the notification it came from. One
 * transaction: on any error nothing is created.
 */
export async function openCase(db: Database, user: SessionUser, input: OpenCaseInput) {
  const [worker] = await db
    .select({ id: caseworkers.id, teamId: caseworkers.teamId })
    .from(caseworkers)
    .where(
      and(
        eq(caseworkers.id, input.caseworkerId),
        eq(caseworkers.municipalityId, user.municipalityId),
      ),
    );
  if (!worker) {
    throw fieldError('caseworkerId', {
      da: 'Sagsbehandleren findes ikke i kommunen.',
      en: 'The municipality has no such caseworker.',
    });
  }
  if (input.notificationId !== undefined && input.notificationVersion === undefined) {
    throw fieldError('notificationVersion', {
      da: 'Angiv den version af underretningen, du har læst.',
      en: 'Give the version of the notification you read.',
    });
  }
  let childId: string;
  if (input.child.kind === 'existing') {
    const [child] = await queryRows<{ id: string; open: number }>(
      db,
      sql`select c.id::text, (select count(*)::int from cases k where k.child_id = c.id and k.status = 'open') as open
          from children c where c.id = ${input.child.childId} and c.municipality_id = ${user.municipalityId}`,
    );
    if (!child) {
      throw fieldError('child.childId', {
        da: 'Barnet findes ikke i kommunen.',
        en: 'The municipality has no such child.',
      });
    }
    if (child.open > 0) {
      throw fieldError('child.childId', {
        da: 'Barnet har allerede en åben sag.',
        en: 'The child already has an open case.',
      });
    }
    childId = child.id;
  } else {
    childId = await newChild(db, user, input.child, input.allowSimilar);
  }
  const caseId = randomUUID();
  await db.insert(cases).values({
    id: caseId,
    municipalityId: user.municipalityId,
    childId,
    status: 'open',
    openedOn: input.openedOn,
    caseworkerId: worker.id,
    teamId: worker.teamId,
  });
  await db.insert(caseAssignments).values({
    id: randomUUID(),
    municipalityId: user.municipalityId,
    caseId,
    caseworkerId: worker.id,
    fromDate: input.openedOn,
  });
  if (input.notificationId !== undefined) {
    const linked = await db
      .update(notifications)
      .set({
        caseId,
        childId,
        version: sql`${notifications.version} + 1`,
      })
      .where(
        and(
          eq(notifications.id, input.notificationId),
          eq(notifications.municipalityId, user.municipalityId),
          eq(notifications.version, input.notificationVersion ?? 0),
          sql`${notifications.status} <> 'historical'`,
          sql`(${notifications.childId} is null or ${notifications.childId} = ${childId})`,
        ),
      )
      .returning({ id: notifications.id });
    if (linked.length === 0) throw conflict();
  }
  return { caseId, childId };
}
