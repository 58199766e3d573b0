import { POLICY } from '@trappen/api/policy';
import type { Role } from '../api/types';

// Read from the API's policy, so the console shows what the server allows.

/** Roles that may use the console at all: those that may list cases. */
export const STAFF: readonly Role[] = POLICY['cases.list'].roles;
/** Roles that see the team view and business cases. */
export const LEADERS: readonly Role[] = POLICY['businessCases.list'].roles;
/** Roles on duty for notification intake (never administrators, parents or council). */
export const INTAKE: readonly Role[] = POLICY['notifications.receive'].roles;
/** Roles that edit the staircase and rules. */
export const ADMINS: readonly Role[] = POLICY['adminConfig.get'].roles;
/** Roles that read who accessed a child. */
export const AUDIT_READERS: readonly Role[] = POLICY['audit.forChild'].roles;

/** Whether a role is one of `allowed`. */
export const can = (role: Role, allowed: readonly Role[]): boolean => allowed.includes(role);
