import { randomUUID } from 'node:crypto';
import { and, type Database, eq, guardians, isNull, ne, sql, users } from '@trappen/db';
import { cprHash, normalizeCpr } from './cpr-hash';
import type { Role } from './session-user';

/** Why an OpenID Connect login found no account to log in to. */
export type OidcMatchRefusal = 'unknownAccount' | 'disabled' | 'boundElsewhere' | 'noCustody';

/** The account a login matched, or why none did. */
export type OidcMatch =
  | { ok: true; userId: string; roleChanged?: { from: Role; to: Role } }
  | { ok: false; reason: OidcMatchRefusal };

/** What the staff identity provider said about the person. */
export interface StaffIdentity {
  /** `issuer#sub`: stable across e-mail changes, unique across providers. */
  subject: string;
  /** The work e-mail claim, when the provider sent one and matching by e-mail is on. */
  email: string | null;
  /** The role the group claims map to, when group mapping is on and a group matched. */
  mappedRole: Role | null;
}

/**
 * The staff account for an identity: the one bound to its subject, else (first login)
 * the one an administrator created with its work e-mail, which is then bound to the
 * subject. No account, no access: nothing is ever created here. A mapped role replaces
 * the stored one.
 */
export async function matchStaff(db: Database, identity: StaffIdentity): Promise<OidcMatch> {
  let [user] = await db.select().from(users).where(eq(users.oidcSubject, identity.subject));
  if (!user && identity.email) {
    const [byEmail] = await db
      .select()
      .from(users)
      .where(and(eq(users.email, identity.email.toLowerCase()), ne(users.role, 'parent')));
    if (byEmail?.oidcSubject) return { ok: false, reason: 'boundElsewhere' };
    if (byEmail && !byEmail.disabled) {
      await db
        .update(users)
        .set({ oidcSubject: identity.subject, version: sql`${users.version} + 1` })
        .where(and(eq(users.id, byEmail.id), isNull(users.oidcSubject)));
    }
    user = byEmail;
  }
  if (!user || user.role === 'parent') return { ok: false, reason: 'unknownAccount' };
  if (user.disabled) return { ok: false, reason: 'disabled' };
  if (identity.mappedRole && identity.mappedRole !== user.role) {
    await db
      .update(users)
      .set({ role: identity.mappedRole, version: sql`${users.version} + 1` })
      .where(eq(users.id, user.id));
    return { ok: true, userId: user.id, roleChanged: { from: user.role, to: identity.mappedRole } };
  }
  return { ok: true, userId: user.id };
}

/**
 * The parent account for a CPR number from the MitID broker: the parent must be
 * recorded on a child with portal access (custody holders have it by default), matched
 * by the keyed hash of the number. On the first login the parent account is created and
 * linked to those records; its e-mail is a placeholder that holds no personal data.
 */
export async function matchParent(db: Database, cprKey: string, cpr: string): Promise<OidcMatch> {
  if (!normalizeCpr(cpr)) return { ok: false, reason: 'noCustody' };
  const hash = cprHash(cprKey, cpr);
  const records = await db
    .select()
    .from(guardians)
    .where(and(eq(guardians.cprHash, hash), eq(guardians.portalAccess, true)))
    .orderBy(guardians.municipalityId, guardians.id);
  const first = records[0];
  if (!first) return { ok: false, reason: 'noCustody' };
  const linked = records.find(
    (r) => r.userId !== null && r.municipalityId === first.municipalityId,
  );
  let userId = linked?.userId ?? null;
  if (userId) {
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    if (user?.role !== 'parent') return { ok: false, reason: 'unknownAccount' };
    if (user.disabled) return { ok: false, reason: 'disabled' };
  } else {
    userId = randomUUID();
    await db.insert(users).values({
      id: userId,
      municipalityId: first.municipalityId,
      email: `mitid-${userId}@forælder.invalid`,
      displayName: first.name,
      role: 'parent',
      passwordHash: null,
    });
  }
  await db
    .update(guardians)
    .set({ userId })
    .where(
      and(
        eq(guardians.cprHash, hash),
        eq(guardians.municipalityId, first.municipalityId),
        isNull(guardians.userId),
      ),
    );
  return { ok: true, userId };
}
