import { ASSIGNMENTS_IMPORT } from './assignments-importer';
import { CHILDREN_IMPORT } from './children-importer';
import { FOLLOW_UPS_IMPORT } from './follow-ups-importer';
import type { CellValue } from './import-columns';
import type { ImporterDefinition, ImportKind } from './importer';
import { INTERVENTIONS_IMPORT } from './interventions-importer';
import { NOTIFICATIONS_IMPORT } from './notifications-importer';

/** A kind's importer with its row type erased, for code that picks the kind at run time. */
export type AnyImporter = ImporterDefinition<Record<string, CellValue>>;

const IMPORTERS = {
  children: CHILDREN_IMPORT,
  interventions: INTERVENTIONS_IMPORT,
  followUps: FOLLOW_UPS_IMPORT,
  assignments: ASSIGNMENTS_IMPORT,
  notifications: NOTIFICATIONS_IMPORT,
} as const;

/**
 * The importer of a kind. Import files in the order children, interventions, follow-ups,
 * assignments (notifications any time after children): the later ones refer to cases and interventions the earlier ones create.
 *
 * @example
 * ```ts
 * const { problems } = await validateImport(db, importerOf('followUps'), [csv], scope);
 * ```
 */
export const importerOf = (kind: ImportKind): AnyImporter =>
  // Each importer reads only the rows its own columns parsed into.
  IMPORTERS[kind] as unknown as AnyImporter;
