import type { AnyTRPCProcedure } from '@trpc/server';
import type { Role } from './auth/session-user';
import { POLICY, type PolicyRole, type Rule } from './policy';
import type { AppRouter } from './root';

/** The dotted paths of every procedure in a router record, e.g. `'cases.get'`. */
type ProcedurePathsOf<TRecord, TPrefix extends string = ''> = {
  [K in keyof TRecord & string]: TRecord[K] extends AnyTRPCProcedure
    ? `${TPrefix}${K}`
    : ProcedurePathsOf<TRecord[K], `${TPrefix}${K}.`>;
}[keyof TRecord & string];

/** Every procedure path of the API. */
export type ProcedurePath = ProcedurePathsOf<AppRouter['_def']['record']>;

type WithoutRule = Exclude<ProcedurePath, keyof typeof POLICY>;
type WithoutProcedure = Exclude<keyof typeof POLICY, ProcedurePath>;

// The checks below fail `tsc` with the offending paths in the message. They live here,
// not in policy.ts, so the policy stays plain data with no (type) link to the router.

/** A procedure in the router without a rule in `POLICY` (policy.ts). */
export const everyProcedureHasARule: [WithoutRule] extends [never]
  ? true
  : `Add a rule to POLICY in packages/api/src/policy.ts for: ${WithoutRule}` = true;

/** A rule in `POLICY` for a path the router does not have. */
export const everyRuleHasAProcedure: [WithoutProcedure] extends [never]
  ? true
  : `POLICY has a rule for a procedure that does not exist (remove it or add the procedure): ${WithoutProcedure}` =
  true;

/** The policy's roles are exactly the roles a user can have in the database. */
export const policyRolesAreTheStoredRoles: [PolicyRole, Role] extends [Role, PolicyRole]
  ? true
  : 'ROLES in policy.ts differs from the users.role enum in @trappen/db' = true;

POLICY satisfies Readonly<Record<ProcedurePath, Rule>>;
