import { and, auditLog, children, count, type Database, desc, eq, users } from '@trappen/db';

/** One audit row as the administrator's audit page shows it. */
export interface AuditTrailRow {
  at: Date;
  userId: string | null;
  userName: string | null;
  role: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  outcome: string;
  criteria: unknown;
}

/**
 * Who accessed (or tried to access) one of the municipality's children, newest first,
 * one page of it and the total; `null` when the child is not the municipality's.
 */
export async function auditTrailForChild(
  db: Database,
  municipalityId: string,
  childId: string,
  page: { page: number; pageSize: number },
): Promise<{ total: number; rows: AuditTrailRow[] } | null> {
  const [child] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.id, childId), eq(children.municipalityId, municipalityId)));
  if (!child) return null;
  const where = and(eq(auditLog.childId, childId), eq(auditLog.municipalityId, municipalityId));
  const [rows, totals] = await Promise.all([
    db
      .select({
        at: auditLog.at,
        userId: auditLog.userId,
        userName: users.displayName,
        role: auditLog.role,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        outcome: auditLog.outcome,
        criteria: auditLog.criteria,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { total: totals[0]?.n ?? 0, rows };
}
