import {
  CaseloadError,
  type CaseloadNormsInput,
  defaultFollowUpRules,
  defineFollowUpRules,
  type FollowUpRules,
  type FollowUpRulesInput,
} from '@trappen/caseload';
import { type Database, eq, ruleSets } from '@trappen/db';

/** The municipality's saved norms and follow-up rules, ready for `@trappen/caseload`. */
export interface MunicipalRules {
  /** The caseload norms as stored (`@trappen/caseload` applies its defaults to what is missing). */
  norms: CaseloadNormsInput;
  /** The saved follow-up rules, or the package defaults when none are saved. */
  followUpRules: FollowUpRules;
}

/**
 * The follow-up rules stored in a rule set's `rules` column, validated, or the package
 * defaults when none are saved. References to codes or steps the staircase no longer
 * has are not checked here: they were checked on save, and deadlines ignore them.
 */
export function followUpRulesOf(stored: unknown): FollowUpRules {
  const saved = (stored as { followUpRules?: unknown } | null | undefined)?.followUpRules;
  if (!saved || typeof saved !== 'object') return defaultFollowUpRules;
  try {
    return defineFollowUpRules(saved as FollowUpRulesInput);
  } catch (error) {
    // Stored rules passed validation when saved; a later, stricter package must not take
    // every deadline page down with it.
    if (error instanceof CaseloadError) return defaultFollowUpRules;
    throw error;
  }
}

/** Norms and follow-up rules from a `rule_sets` row (or none). */
export function rulesOfRow(
  row: { caseloadNorm: unknown; rules: unknown } | undefined,
): MunicipalRules {
  return {
    norms: (row?.caseloadNorm ?? {}) as CaseloadNormsInput,
    followUpRules: followUpRulesOf(row?.rules),
  };
}

/** Loads the municipality's norms and follow-up rules (defaults when none are saved). */
export async function loadRuleSet(db: Database, municipalityId: string): Promise<MunicipalRules> {
  const [row] = await db
    .select({ caseloadNorm: ruleSets.caseloadNorm, rules: ruleSets.rules })
    .from(ruleSets)
    .where(eq(ruleSets.municipalityId, municipalityId));
  return rulesOfRow(row);
}
