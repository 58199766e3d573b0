import { type Database, eq, staircases } from '@trappen/db';
import { defaultStaircase, defineStaircase, type Staircase } from '@trappen/staircase';

const retiredByStaircase = new WeakMap<Staircase, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/**
 * Codes the administrator retired from a stored staircase definition (entries marked
 * `retired: true`). `defineStaircase` does not know the mark, so it is read from the
 * raw definition: a retired entry stays in the catalogue for the interventions that
 * use it, but no new intervention may be started with it.
 */
export function retiredCodesOf(definition: unknown): ReadonlySet<string> {
  const entries = (definition as { interventions?: unknown } | null)?.interventions;
  if (!Array.isArray(entries)) return NONE;
  return new Set(
    entries.flatMap((entry) =>
      entry && typeof entry === 'object' && (entry as { retired?: unknown }).retired === true
        ? [String((entry as { code?: unknown }).code)]
        : [],
    ),
  );
}

/** The retired codes of a staircase returned by {@link loadStaircase} (none for others). */
export const retiredCodes = (staircase: Staircase): ReadonlySet<string> =>
  retiredByStaircase.get(staircase) ?? NONE;

/** The municipality's validated staircase (the default one when none is stored). */
export async function loadStaircase(db: Database, municipalityId: string): Promise<Staircase> {
  const [row] = await db
    .select({ definition: staircases.definition })
    .from(staircases)
    .where(eq(staircases.municipalityId, municipalityId));
  if (!row) return defaultStaircase;
  const staircase = defineStaircase(row.definition as Parameters<typeof defineStaircase>[0]);
  retiredByStaircase.set(staircase, retiredCodesOf(row.definition));
  return staircase;
}
