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
  // The user is set for the transaction in the same statement: the database's insert
  // trigger (migration 0010) lets the app role append rows for that user only.
  return sql`insert into audit_log (municipality_id, user_id, role, action, entity, entity_id, child_id, outcome, criteria, request_id)
    select ${user?.municipalityId ?? null}::uuid, nullif(audit_session.user_id, '')::uuid, ${user?.role ?? null}::text,
      ${entry.action}::text, ${entry.entity}::text, ${entry.entityId ?? null}::text, ${childId}, ${outcome},
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
