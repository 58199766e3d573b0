import type { Database, ImportScope } from '@trappen/db';
import type { Staircase } from '@trappen/staircase';
import type { SessionUser } from '../auth/session-user';
import { forbidden } from '../errors';
import { loadStaircase } from './load-staircase';

/**
 * What the caller may import into: an administrator the whole municipality, a team
 * leader only the team's cases and caseworkers (a leader without a team nothing); with
 * the municipality's staircase, whose catalogue the codes are checked against.
 */
export async function importScope(
  db: Database,
  user: SessionUser,
): Promise<{ scope: ImportScope; staircase: Staircase }> {
  if (user.role !== 'administrator' && (user.role !== 'teamLeader' || !user.teamId))
    throw forbidden();
  const staircase = await loadStaircase(db, user.municipalityId);
  const scope: ImportScope = {
    municipalityId: user.municipalityId,
    teamId: user.role === 'administrator' ? null : user.teamId,
    catalogue: new Set(staircase.interventions.map((i) => i.code)),
    userId: user.id,
  };
  return { scope, staircase };
}
