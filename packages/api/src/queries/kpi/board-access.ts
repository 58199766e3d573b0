import { type Database, queryRows, sql } from '@trappen/db';
import type { SessionUser } from '../../auth/session-user';
import { forbidden, notFound, unauthorized } from '../../errors';
import { POLICY } from '../../policy';

/** Roles that see their own municipality's board without the public flag: the board's rule. */
const BOARD_ROLES: readonly SessionUser['role'][] = POLICY['kpi.board'].roles;

/**
 * Whose board the caller may see. Council members and staff see their own
 * municipality's; anyone (also anonymous callers and parents) sees a municipality
 * whose board is public. The flag is the setting `board.public` in the
 * municipality's rule set (`rule_sets.rules`), not a column: no migration needed
 * while the schema is being changed by others.
 */
export async function boardMunicipality(
  db: Database,
  user: SessionUser | null,
  municipalityCode: string | undefined,
): Promise<{ municipalityId: string; isPublic: boolean }> {
  if (!user && !municipalityCode) throw unauthorized();
  const [target] = await queryRows<{ id: string; is_public: boolean }>(
    db,
    municipalityCode
      ? sql`select m.id::text, coalesce((r.rules -> 'board' ->> 'public')::boolean, false) as is_public
        from municipalities m left join rule_sets r on r.municipality_id = m.id
        where m.code = ${municipalityCode}`
      : sql`select m.id::text, coalesce((r.rules -> 'board' ->> 'public')::boolean, false) as is_public
        from municipalities m left join rule_sets r on r.municipality_id = m.id
        where m.id = ${user?.municipalityId ?? ''}`,
  );
  const own =
    user !== null && target?.id === user.municipalityId && BOARD_ROLES.includes(user.role);
  if (target && (target.is_public || own))
    return { municipalityId: target.id, isPublic: target.is_public };
  if (!user) throw unauthorized();
  if (!target || target.id !== user.municipalityId)
    throw notFound({ da: 'kommunen', en: 'the municipality' });
  throw forbidden();
}
