import type { Role } from '../api/types';

/** Roles that may use the console at all. */
export const STAFF: readonly Role[] = ['caseworker', 'teamLeader', 'administrator'];
/** Roles that see the team view and business cases. */
export const LEADERS: readonly Role[] = ['teamLeader', 'administrator'];
/** Roles on duty for notification intake (never administrators, parents or council). */
export const INTAKE: readonly Role[] = ['caseworker', 'teamLeader'];
/** Roles that edit the staircase and rules. */
export const ADMINS: readonly Role[] = ['administrator'];

/** Whether a role is one of `allowed`. */
export const can = (role: Role, allowed: readonly Role[]): boolean => allowed.includes(role);
