import type { DataTableColumn } from '@trappen/ui';
import type { Outputs } from '../api/types';
import { Link } from '../router/Link';

/** A row of the case list (`cases.list`). */
export type CaseListRow = Outputs['cases']['list']['items'][number];

/**
 * The two columns every case table starts with: the child (a link to the case page,
 * the row header) and the case reference.
 */
export function childAndReferenceColumns(headers: {
  child: string;
  reference: string;
}): DataTableColumn<CaseListRow>[] {
  return [
    {
      key: 'childName',
      header: headers.child,
      rowHeader: true,
      sortValue: (r) => r.childName,
      cell: (r) => <Link to={`/cases/${r.caseId}`}>{r.childName}</Link>,
    },
    {
      key: 'reference',
      header: headers.reference,
      sortValue: (r) => r.reference,
      cell: (r) => r.reference,
    },
  ];
}
