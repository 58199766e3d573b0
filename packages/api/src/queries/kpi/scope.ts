import type { CatalogueRow } from './catalogue';
import type { KpiWindow } from './periods';

/** What every KPI query needs: whose data, which periods, and the catalogue metadata. */
export interface KpiScope extends KpiWindow {
  municipalityId: string;
  catalogue: readonly CatalogueRow[];
}
