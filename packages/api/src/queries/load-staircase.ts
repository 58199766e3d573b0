import { type Database, eq, staircases } from '@trappen/db';
import { defaultStaircase, defineStaircase, type Staircase } from '@trappen/staircase';

/** The municipality's validated staircase (the default one when none is stored). */
export async function loadStaircase(db: Database, municipalityId: string): Promise<Staircase> {
  const [row] = await db
    .select({ definition: staircases.definition })
    .from(staircases)
    .where(eq(staircases.municipalityId, municipalityId));
  return row
    ? defineStaircase(row.definition as Parameters<typeof defineStaircase>[0])
    : defaultStaircase;
}
