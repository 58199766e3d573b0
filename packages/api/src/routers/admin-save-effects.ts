import type { FollowUpRules } from '@trappen/caseload';
import type { Database } from '@trappen/db';
import type { Staircase } from '@trappen/staircase';
import type { Context } from '../context';
import { refreshMunicipalitySummaries } from '../queries/rule-set-refresh';

/** A saved configuration version and the paths it changed. */
export interface SavedVersion {
  version: number;
  changes: string[];
}

/**
 * What follows the administrator's save of the rules or the staircase, in the save's
 * transaction: every open case's step and deadlines recomputed under the new pair, and
 * the audit row saying what changed and how many cases moved.
 */
export async function recomputeAfterSave(
  ctx: Pick<Context, 'audit' | 'today'>,
  tx: Database,
  municipalityId: string,
  entity: 'ruleSet' | 'staircase',
  under: { staircase: Staircase; followUpRules: FollowUpRules },
  saved: SavedVersion,
): Promise<SavedVersion & { casesRefreshed: number }> {
  const casesRefreshed = await refreshMunicipalitySummaries(
    tx,
    under.staircase,
    under.followUpRules,
    { municipalityId },
    ctx.today(),
  );
  await ctx.audit(
    {
      action: 'update',
      entity,
      entityId: municipalityId,
      criteria: { version: saved.version, changes: saved.changes, casesRefreshed },
    },
    tx,
  );
  return { ...saved, casesRefreshed };
}
