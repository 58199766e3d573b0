import type { CatalogueEntry, Staircase } from '@trappen/staircase';
import { badRequest } from '../errors';

/** The catalogue entry and step rank for a code, or `BAD_REQUEST` on `field`. */
export function catalogueEntry(
  staircase: Staircase,
  code: string,
  field = 'code',
): { entry: CatalogueEntry; rank: number } {
  const entry = staircase.interventions.find((item) => item.code === code);
  const rank = staircase.steps.find((step) => step.id === entry?.step)?.rank;
  if (!entry || rank === undefined) {
    throw badRequest({ [field]: ["unknown intervention code in this municipality's staircase"] });
  }
  return { entry, rank };
}
