import { randomUUID } from 'node:crypto';
import {
  and,
  configVersions,
  type Database,
  desc,
  eq,
  ruleSets,
  sql,
  staircases,
  users,
} from '@trappen/db';
import { conflict } from '../errors';

/** What kind of configuration a version belongs to. */
export type ConfigKind = 'staircase' | 'rules';

/** Dot paths whose values differ between two JSON documents (leaves only). */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null;
  if (!isObject(before) || !isObject(after) || Array.isArray(before) !== Array.isArray(after))
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix || '.'];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((key) =>
    changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key),
  );
}

/** The version history of one kind, newest first, with who saved each. */
export function listConfigVersions(db: Database, municipalityId: string, kind: ConfigKind) {
  return db
    .select({
      version: configVersions.version,
      changes: configVersions.changes,
      changedBy: users.displayName,
      changedAt: configVersions.changedAt,
    })
    .from(configVersions)
    .leftJoin(users, eq(users.id, configVersions.changedBy))
    .where(and(eq(configVersions.municipalityId, municipalityId), eq(configVersions.kind, kind)))
    .orderBy(desc(configVersions.version))
    .limit(50);
}

/** One history row of a saved configuration: who saved which version and what changed. */
type ConfigVersionRow = Omit<typeof configVersions.$inferInsert, 'id'>;

/** Writes a configuration's history row (rules, staircase, business case) in the caller's transaction. */
export async function recordConfigVersion(db: Database, row: ConfigVersionRow): Promise<void> {
  await db.insert(configVersions).values({ id: randomUUID(), ...row });
}

/**
 * Saves a new rule set version (guarded by `version`, CONFLICT when stale) and its
 * history row, in the caller's transaction.
 */
export async function saveRuleSet(
  db: Database,
  municipalityId: string,
  userId: string,
  version: number,
  next: { caseloadNorm: unknown; rules: Record<string, unknown> },
  before: unknown,
): Promise<{ version: number; changes: string[] }> {
  const rows = await db
    .update(ruleSets)
    .set({
      caseloadNorm: next.caseloadNorm,
      rules: next.rules,
      version: sql`${ruleSets.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(ruleSets.municipalityId, municipalityId), eq(ruleSets.version, version)))
    .returning({ version: ruleSets.version });
  const saved = rows[0];
  if (!saved) throw conflict();
  const changes = changedPaths(before, next);
  await recordConfigVersion(db, {
    municipalityId,
    kind: 'rules',
    version: saved.version,
    definition: next,
    changes,
    changedBy: userId,
  });
  return { version: saved.version, changes };
}

/**
 * Saves a new staircase version: an update guarded by `version`, or the first stored
 * row when the municipality still uses the default (`version` 0).
 */
export async function saveStaircaseDefinition(
  db: Database,
  municipalityId: string,
  userId: string,
  version: number,
  definition: unknown,
  before: unknown,
): Promise<{ version: number; changes: string[] }> {
  let saved: { version: number } | undefined;
  if (version === 0) {
    [saved] = await db
      .insert(staircases)
      .values({ municipalityId, definition, version: 1, updatedBy: userId })
      .onConflictDoNothing()
      .returning({ version: staircases.version });
  } else {
    [saved] = await db
      .update(staircases)
      .set({
        definition,
        version: sql`${staircases.version} + 1`,
        updatedBy: userId,
        updatedAt: new Date(),
      })
      .where(and(eq(staircases.municipalityId, municipalityId), eq(staircases.version, version)))
      .returning({ version: staircases.version });
  }
  if (!saved) throw conflict();
  const changes = changedPaths(before, definition);
  await recordConfigVersion(db, {
    municipalityId,
    kind: 'staircase',
    version: saved.version,
    definition: definition,
    changes,
    changedBy: userId,
  });
  return { version: saved.version, changes };
}

/** The municipality's live staircase row (definition and version), or `undefined` before the first save. */
export async function storedStaircase(db: Database, municipalityId: string) {
  const [row] = await db
    .select()
    .from(staircases)
    .where(eq(staircases.municipalityId, municipalityId));
  return row;
}

/** The municipality's live rule set row (norms, rules and version), or `undefined`. */
export async function storedRuleSet(db: Database, municipalityId: string) {
  const [row] = await db.select().from(ruleSets).where(eq(ruleSets.municipalityId, municipalityId));
  return row;
}
