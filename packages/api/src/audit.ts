import { type Database, type SQL, sql } from '@trappen/db';
import type { SessionUser } from './auth/session-user';

/** How an access ended. */
export type AuditOutcome = 'ok' | 'notFound' | 'forbidden' | 'conflict' | 'failed';

/** What an audit row records besides who and when. */
export interface AuditEntry {
  action:
    | 'read'
    | 'search'
    | 'create'
    | 'update'
    | 'delete'
    | 'export'
    | 'login'
    | 'logout'
    | 'denied';
  /** What was touched: child, case, intervention, followUp, plan, audit, session … */
  entity: string;
  entityId?: string | null;
  childId?: string | null;
  outcome?: AuditOutcome;
  /** Search criteria or changed fields; never CPR numbers, passwords or tokens. */
  criteria?: Record<string, unknown> | null;
}

/**
 * An {@link AuditEntry} whose child, outcome or criteria are SQL expressions, worked
 * out by the statement that carries the row (e.g. the child of the case it read).
 */
export interface AuditSqlEntry
  extends Omit<AuditEntry, 'entityId' | 'childId' | 'outcome' | 'criteria'> {
  entityId?: string | null | SQL;
  childId?: string | null | SQL;
  outcome?: AuditOutcome | SQL;
  criteria?: Record<string, unknown> | null | SQL;
}

// Ten digits as a CPR number is written (DDMMYY-SSSS or DDMMYYSSSS), not inside a longer number.
const CPR_LIKE = /(?<!\d)\d{6}-?\d{4}(?!\d)/g;

/**
 * `value` with every CPR-like number in its strings masked, for audit criteria: a CPR
 * number typed into a search is not stored in the audit log.
 *
 * @example
 * ```ts
 * maskCprNumbers({ search: '010203-1234' }); // { search: '••••••-••••' }
 * ```
 */
export function maskCprNumbers<T>(value: T): T {
  if (typeof value === 'string') return value.replace(CPR_LIKE, '••••••-••••') as T;
  if (Array.isArray(value)) return value.map(maskCprNumbers) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskCprNumbers(v)])) as T;
  return value;
}

const AUDITED = Symbol('audited');

/** Marks an error whose denial the procedure has already written to the audit log. */
export function markAudited<E extends object>(error: E): E {
  return Object.assign(error, { [AUDITED]: true });
}

/** Whether {@link markAudited} marked `error`. */
export const isAudited = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && AUDITED in error;

const isSql = (value: unknown): value is SQL =>
  typeof value === 'object' && value !== null && 'queryChunks' in value;

const criteriaSql = (criteria: AuditSqlEntry['criteria']) =>
  isSql(criteria)
    ? criteria
    : sql`${criteria ? JSON.stringify(maskCprNumbers(criteria)) : null}::jsonb`;

/** The audit row of a listing, per listed case: its case id and child (see `listCases`). */
export const LISTED_CASE = { entityId: sql`listed.case_id`, childId: sql`listed.child_id` };

/**
 * A search's criteria with the number of results it found, where the count is only
 * known inside the statement that searches (an SQL expression).
 *
 * @example
 * ```ts
 * ctx.auditSql({ action: 'search', entity: 'case', criteria: criteriaWithResultCount(input, sql`count(*)`) });
 * ```
 */
export const criteriaWithResultCount = (criteria: Record<string, unknown>, resultCount: SQL): SQL =>
  sql`${JSON.stringify(criteria)}::jsonb || jsonb_build_object('resultCount', ${resultCount})`;

/**
 * The audit row's `INSERT … SELECT` as SQL. Put it in a data-modifying CTE of the read
 * it documents, so read and audit row are one statement: they commit together, in one
 * round trip. `from` supplies the rows the expressions in `entry` refer to.
 *
 * @example
 * ```ts
 * sql`with found as (…), audit as (${auditInsertSql(user, requestId, entry, sql`found`)}) select * from found`
 * ```
 */
export function auditInsertSql(
  user: SessionUser | null,
  requestId: string,
  entry: AuditSqlEntry,
  from?: SQL,
): SQL {
  const childId = isSql(entry.childId) ? entry.childId : sql`${entry.childId ?? null}::uuid`;
  const entityId = isSql(entry.entityId) ? entry.entityId : sql`${entry.entityId ?? null}::text`;
  const outcome = isSql(entry.outcome) ? entry.outcome : sql`${entry.outcome ?? 'ok'}::text`;
  // The user is set for the transaction in the same statement: the database's insert
  // trigger (migration 0010) lets the app role append rows for that user only.
  return sql`insert into audit_log (municipality_id, user_id, role, action, entity, entity_id, child_id, outcome, criteria, request_id)
    select ${user?.municipalityId ?? null}::uuid, nullif(audit_session.user_id, '')::uuid, ${user?.role ?? null}::text,
      ${entry.action}::text, ${entry.entity}::text, ${entityId}, ${childId}, ${outcome},
      ${criteriaSql(entry.criteria)}, ${requestId}::text
    from (select set_config('trappen.user_id', ${user?.id ?? ''}::text, true) as user_id) as audit_session${from ? sql`, ${from}` : sql``}`;
}

/**
 * Writes one audit row through `db` — pass the transaction of the write it documents,
 * so the data change and its audit row commit or roll back together.
 */
export async function writeAudit(
  db: Database,
  user: SessionUser | null,
  requestId: string,
  entry: AuditEntry,
): Promise<void> {
  await db.execute(auditInsertSql(user, requestId, entry));
}
