import type { users } from '@trappen/db';

/** A role, as stored on the user. */
export type Role = (typeof users.$inferSelect)['role'];

/** Every role; procedures name the ones they allow (deny by default). */
export const ROLES = [
  'caseworker',
  'teamLeader',
  'administrator',
  'parent',
  'councilMember',
] as const;

/** Staff who work with cases. */
export const STAFF_ROLES = ['caseworker', 'teamLeader', 'administrator'] as const;

/** The logged-in user as every procedure sees it, loaded fresh on each request. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  municipalityId: string;
  municipalityName: string;
  teamId: string | null;
  caseworkerId: string | null;
  /** Children the user is guardian of (parents only; empty for staff). */
  guardianOf: string[];
}
