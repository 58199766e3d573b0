export { type AuditEntry, writeAudit } from './audit';
export { cprHash, normalizeCpr } from './auth/cpr-hash';
export { destroySession } from './auth/destroy-session';
export { type EstablishedSession, establishSession } from './auth/establish-session';
export { DEFAULT_THROTTLE, type ThrottlePolicy } from './auth/login-throttle';
export {
  OIDC_ATTEMPT_TTL_MS,
  type OidcAttempt,
  saveOidcAttempt,
  takeOidcAttempt,
} from './auth/oidc-attempts';
export {
  matchParent,
  matchStaff,
  type OidcMatch,
  type OidcMatchRefusal,
  type StaffIdentity,
} from './auth/oidc-match';
export { resolveSession } from './auth/resolve-session';
export { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/session-policy';
export { ROLES, type Role, type SessionUser, STAFF_ROLES } from './auth/session-user';
export { hashToken } from './auth/token';
export {
  type Context,
  type CreateContextOptions,
  createContext,
  type SessionCookies,
} from './context';
export type { ErrorData } from './error-formatter';
export { AppError, type AppErrorCode, type FieldErrors, type Messages } from './errors';
export {
  ADMINISTRATORS,
  AGGREGATE_READERS,
  LEADERS,
  PARENTS,
  POLICY,
  type PolicyPath,
  type PolicyRole,
  PUBLIC_PROCEDURES,
  type Rule,
  ruleOf,
  SCOPE_BY_ROLE,
  type Scope,
  STAFF,
} from './policy';
export type { ProcedurePath } from './policy-check';
export { type DueMessagesResult, queueDueMessages } from './queries/due-messages';
export {
  type RetentionProgress,
  type RetentionRunCase,
  type RetentionRunOptions,
  type RetentionRunResult,
  runRetention,
} from './retention/run-retention';
export { type AppRouter, appRouter } from './root';
export { createCallerFactory } from './trpc';
