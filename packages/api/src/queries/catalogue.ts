import type { CatalogueEntry, Staircase } from '@trappen/staircase';
import { badRequest } from '../errors';
import { retiredCodes } from './load-staircase';

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

/**
 * Like {@link catalogueEntry}, for starting a new intervention: a code the administrator
 * retired from the catalogue is refused on `field` (existing interventions keep it).
 */
export function activeCatalogueEntry(
  staircase: Staircase,
  code: string,
  field = 'code',
): { entry: CatalogueEntry; rank: number } {
  const found = catalogueEntry(staircase, code, field);
  if (retiredCodes(staircase).has(code)) {
    throw badRequest({ [field]: ['the intervention is retired from the catalogue'] });
  }
  return found;
}

/** One change an administrator makes to the municipality's intervention catalogue. */
export type CatalogueChange =
  | {
      action: 'add';
      entry: {
        code: string;
        step: string;
        name: { da: string; en: string };
        defaultDailyRate?: number | null | undefined;
      };
    }
  | { action: 'rename'; code: string; name: { da: string; en: string } }
  | { action: 'retire'; code: string }
  | { action: 'reinstate'; code: string };

type RawEntry = Record<string, unknown> & { code?: unknown; retired?: unknown };

/**
 * Applies a catalogue change to a raw staircase definition and returns the new
 * definition (the input is not changed) with `fieldOf`, which turns a
 * `defineStaircase` issue path into the field of the change it is about (`entry.code`,
 * `name.da` …; anything else stays under `definition.`). An unknown code, or retiring
 * what is already retired, is a `BAD_REQUEST` on `code`.
 */
export function applyCatalogueChange(
  definition: unknown,
  change: CatalogueChange,
): { definition: Record<string, unknown>; fieldOf: (path: string) => string } {
  const next = structuredClone(definition) as Record<string, unknown>;
  const entries = (Array.isArray(next.interventions) ? next.interventions : []) as RawEntry[];
  next.interventions = entries;
  const under = (index: number, prefix: string) => (path: string) => {
    const own = `interventions.${index}`;
    if (path === own) return prefix || 'code';
    if (path.startsWith(`${own}.`))
      return [prefix, path.slice(own.length + 1)].filter(Boolean).join('.');
    return `definition.${path}`;
  };
  if (change.action === 'add') {
    const { defaultDailyRate, ...rest } = change.entry;
    entries.push(defaultDailyRate == null ? rest : { ...rest, defaultDailyRate });
    return { definition: next, fieldOf: under(entries.length - 1, 'entry') };
  }
  const index = entries.findIndex((entry) => entry.code === change.code);
  const entry = entries[index];
  if (!entry) {
    throw badRequest({ code: ["unknown intervention code in this municipality's staircase"] });
  }
  if (change.action === 'rename') {
    entry.name = change.name;
  } else if (change.action === 'retire') {
    if (entry.retired === true) throw badRequest({ code: ['the intervention is already retired'] });
    entry.retired = true;
  } else {
    if (entry.retired !== true) throw badRequest({ code: ['the intervention is not retired'] });
    delete entry.retired;
  }
  return { definition: next, fieldOf: under(index, '') };
}
