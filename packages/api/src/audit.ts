import { type Database, type SQL, sql } from '@trappen/db';
import type { SessionUser } from './auth/session-user';

/** How an access ended. */
export type AuditOutcome = 'ok' | 'notFound' | 'forbidden' | 'conflict' | 'failed';

/** What an audit row records besides who and when. */
export interface AuditEntry {
  action: 'read' | 'search' | 'create' | 'update' | 'delete' | 'export' | 'login' | 'logout';
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
export interface AuditSqlEntry extends Omit<AuditEntry, 'childId' | 'outcome' | 'criteria'> {
  childId?: string | null | SQL;
  outcome?: AuditOutcome | SQL;
  criteria?: Record<string, unknown> | null | SQL;
}

const isSql = (value: unknown): value is SQL =>
  typeof value === 'object' && value !== null && 'queryChunks' in value;

const criteriaSql = (criteria: AuditSqlEntry['criteria']) =>
  isSql(criteria) ? criteria : sql`${criteria ? JSON.stringify(criteria) : null}::jsonb`;

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
  const outcome = isSql(entry.outcome) ? entry.outcome : sql`${entry.outcome ?? 'ok'}::text`;
  return sql`insert into audit_log (municipality_id, user_id, role, action, entity, entity_id, child_id, outcome, criteria, request_id)
    select ${user?.municipalityId ?? null}::uuid, ${user?.id ?? null}::uuid, ${user?.role ?? null}::text,
      ${entry.action}::text, ${entry.entity}::text, ${entry.entityId ?? null}::text, ${childId}, ${outcome},
      ${criteriaSql(entry.criteria)}, ${requestId}::text${from ? sql` from ${from}` : sql``}`;
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
