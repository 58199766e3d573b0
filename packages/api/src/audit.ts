import { auditLog, type Database } from '@trappen/db';
import type { SessionUser } from './auth/session-user';

/** What an audit row records besides who and when. */
export interface AuditEntry {
  action: 'read' | 'search' | 'create' | 'update' | 'delete' | 'export' | 'login' | 'logout';
  /** What was touched: child, case, intervention, followUp, plan, audit, session … */
  entity: string;
  entityId?: string | null;
  childId?: string | null;
  outcome?: 'ok' | 'notFound' | 'forbidden' | 'conflict' | 'failed';
  /** Search criteria or changed fields; never CPR numbers, passwords or tokens. */
  criteria?: Record<string, unknown> | null;
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
  await db.insert(auditLog).values({
    municipalityId: user?.municipalityId ?? null,
    userId: user?.id ?? null,
    role: user?.role ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    childId: entry.childId ?? null,
    outcome: entry.outcome ?? 'ok',
    criteria: entry.criteria ?? null,
    requestId,
  });
}
