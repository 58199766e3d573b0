import { randomUUID } from 'node:crypto';
import { consentStatus } from '@trappen/caseload';
import { type Database, queryRows, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { badRequest, conflict, notFound } from '../errors';
import { caseScope } from './case-scope';

/** The parties a consent may name. */
export const CONSENT_PARTIES = ['school', 'health', 'municipality', 'ssd', 'other'] as const;

/** A consent as the console and the portal show it. */
export interface ConsentView {
  id: string;
  childId: string;
  givenBy: 'guardian' | 'youngPerson';
  guardian: { id: string; name: string } | null;
  partyKind: (typeof CONSENT_PARTIES)[number];
  partyName: string;
  purpose: string;
  validFrom: string;
  validTo: string;
  status: 'active' | 'pending' | 'expired' | 'revoked';
  revokedAt: string | null;
  revokedVia: 'console' | 'portal' | null;
  /** A portal revocation the caseworker has not yet marked as seen. */
  revocationUnseen: boolean;
  version: number;
}

interface ConsentRow {
  id: string;
  child_id: string;
  given_by: 'guardian' | 'youngPerson';
  guardian_id: string | null;
  guardian_name: string | null;
  party_kind: ConsentView['partyKind'];
  party_name: string;
  purpose: string;
  valid_from: string;
  valid_to: string;
  revoked_at: string | null;
  revoked_via: 'console' | 'portal' | null;
  revocation_seen: boolean;
  version: number;
}

const toView = (row: ConsentRow, today: string): ConsentView => ({
  id: row.id,
  childId: row.child_id,
  givenBy: row.given_by,
  guardian: row.guardian_id ? { id: row.guardian_id, name: row.guardian_name ?? '' } : null,
  partyKind: row.party_kind,
  partyName: row.party_name,
  purpose: row.purpose,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  status: consentStatus(
    {
      validFrom: row.valid_from,
      validTo: row.valid_to,
      revokedOn: row.revoked_at?.slice(0, 10) ?? null,
    },
    today,
  ),
  revokedAt: row.revoked_at,
  revokedVia: row.revoked_via,
  revocationUnseen: row.revoked_via === 'portal' && !row.revocation_seen,
  version: row.version,
});

const select = sql`select k.id::text as id, k.child_id::text as child_id, k.given_by, k.guardian_id::text as guardian_id,
    g.name as guardian_name, k.party_kind, k.party_name, k.purpose, k.valid_from::text as valid_from,
    k.valid_to::text as valid_to,
    to_char(k.revoked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as revoked_at, k.revoked_via,
    k.revocation_seen_at is not null as revocation_seen, k.version
  from consents k left join guardians g on g.id = k.guardian_id`;

/** A staff condition: the child has a case the user may see. */
const staffSees = (user: SessionUser, child: ReturnType<typeof sql>) =>
  sql`exists (select 1 from cases where cases.child_id = ${child} and ${caseScope(user)})`;

/** The child's consents (newest first) for staff with a case of the child in scope. */
export async function consentsForChild(
  db: Database,
  user: SessionUser,
  childId: string,
  today: string,
) {
  const rows = await queryRows<ConsentRow>(
    db,
    sql`${select} where k.child_id = ${childId} and k.municipality_id = ${user.municipalityId}
      and ${staffSees(user, sql`k.child_id`)} order by k.valid_from desc, k.id`,
  );
  return rows.map((row) => toView(row, today));
}

/** The consents of the children the parent is a custody holder of. */
export async function consentsOfParent(db: Database, user: SessionUser, today: string) {
  if (user.guardianOf.length === 0) return [];
  const rows = await queryRows<ConsentRow>(
    db,
    sql`${select} where k.municipality_id = ${user.municipalityId}
      and k.child_id in (${sql.join(
        user.guardianOf.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      order by k.valid_from desc, k.id`,
  );
  return rows.map((row) => toView(row, today));
}

/** What a recorded consent says. */
export interface RecordConsentInput {
  childId: string;
  givenBy: 'guardian' | 'youngPerson';
  guardianId?: string | undefined;
  partyKind: ConsentView['partyKind'];
  partyName: string;
  purpose: string;
  validFrom: string;
  validTo: string;
}

/** Records a consent for a child in the caller's scope; the custody holder must be the child's. */
export async function recordConsent(
  db: Database,
  user: SessionUser,
  input: RecordConsentInput,
  today: string,
): Promise<ConsentView> {
  const [child] = await queryRows<{ id: string }>(
    db,
    sql`select id::text as id from children where id = ${input.childId}
      and municipality_id = ${user.municipalityId} and ${staffSees(user, sql`children.id`)}`,
  );
  if (!child) throw notFound({ da: 'barnet', en: 'the child' });
  const problems: Record<string, string[]> = {};
  if (input.validTo < input.validFrom) problems.validTo = ['is before validFrom'];
  if (input.givenBy === 'guardian') {
    if (!input.guardianId) problems.guardianId = ['choose the custody holder who gave the consent'];
    else {
      const [holder] = await queryRows<{ id: string }>(
        db,
        sql`select id::text as id from guardians where id = ${input.guardianId} and child_id = ${input.childId}`,
      );
      if (!holder) problems.guardianId = ['is not a custody holder of the child'];
    }
  }
  if (Object.keys(problems).length > 0) throw badRequest(problems);
  const id = randomUUID();
  await db.execute(sql`insert into consents (id, municipality_id, child_id, given_by, guardian_id, party_kind,
      party_name, purpose, valid_from, valid_to, recorded_by)
    values (${id}, ${user.municipalityId}, ${input.childId}, ${input.givenBy},
      ${input.givenBy === 'guardian' ? (input.guardianId ?? null) : null}::uuid, ${input.partyKind},
      ${input.partyName}, ${input.purpose}, ${input.validFrom}::date, ${input.validTo}::date, ${user.id})`);
  const [row] = await queryRows<ConsentRow>(db, sql`${select} where k.id = ${id}`);
  return toView(row as ConsentRow, today);
}

/**
 * Revokes a consent, guarded by its version (stale → CONFLICT; already revoked →
 * BAD_REQUEST). Staff revoke for children in scope; a parent only their own child's,
 * which the caseworker then sees as an unseen portal revocation.
 */
export async function revokeConsent(
  db: Database,
  user: SessionUser,
  input: { consentId: string; version: number },
  today: string,
): Promise<ConsentView> {
  const byParent = user.role === 'parent';
  const visible = byParent
    ? user.guardianOf.length > 0
      ? sql`k.child_id in (${sql.join(
          user.guardianOf.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql`false`
    : staffSees(user, sql`k.child_id`);
  const [current] = await queryRows<ConsentRow>(
    db,
    sql`${select} where k.id = ${input.consentId} and k.municipality_id = ${user.municipalityId} and ${visible}
      for update of k`,
  );
  if (!current) throw notFound({ da: 'samtykket', en: 'the consent' });
  if (current.revoked_at) throw badRequest({ consentId: ['the consent is already revoked'] });
  const updated = await queryRows<{ id: string }>(
    db,
    sql`update consents set revoked_at = now(), revoked_by = ${user.id}, revoked_via = ${byParent ? 'portal' : 'console'},
        version = version + 1
      where id = ${input.consentId} and version = ${input.version} returning id::text as id`,
  );
  if (updated.length === 0) throw conflict();
  const [row] = await queryRows<ConsentRow>(db, sql`${select} where k.id = ${input.consentId}`);
  return toView(row as ConsentRow, today);
}

/** The caseworker marks a parent's portal revocation as seen. */
export async function acknowledgeRevocation(
  db: Database,
  user: SessionUser,
  input: { consentId: string; version: number },
  today: string,
): Promise<ConsentView> {
  const updated = await queryRows<{ id: string }>(
    db,
    sql`update consents k set revocation_seen_at = now(), version = version + 1
      where k.id = ${input.consentId} and k.municipality_id = ${user.municipalityId}
        and k.revoked_via = 'portal' and k.version = ${input.version} and ${staffSees(user, sql`k.child_id`)}
      returning id::text as id`,
  );
  if (updated.length === 0) {
    const [exists] = await queryRows<{ id: string }>(
      db,
      sql`select id::text as id from consents k where k.id = ${input.consentId}
        and k.municipality_id = ${user.municipalityId} and ${staffSees(user, sql`k.child_id`)}`,
    );
    throw exists ? conflict() : notFound({ da: 'samtykket', en: 'the consent' });
  }
  const [row] = await queryRows<ConsentRow>(db, sql`${select} where k.id = ${input.consentId}`);
  return toView(row as ConsentRow, today);
}
