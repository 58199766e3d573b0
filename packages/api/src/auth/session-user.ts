import type { users } from '@trappen/db';

/** A role, as stored on the user. */
export type Role = (typeof users.$inferSelect)['role'];

/** Every role; the policy names the ones each procedure allows (deny by default). */
export { ROLES, STAFF as STAFF_ROLES } from '../policy';

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
