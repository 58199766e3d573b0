import type { SortState } from '@trappen/ui';
import type { Inputs } from '../../api/types';

/** The case list's input. */
export type ListInput = Inputs['cases']['list'];
type SortBy = NonNullable<ListInput['sortBy']>;

const SORT_KEYS: readonly SortBy[] = [
  'childName',
  'reference',
  'step',
  'stepSince',
  'nextDeadline',
];

/** The list's filters, sort and page, read from the URL so back/forward and links keep them. */
export function readListParams(search: URLSearchParams, defaultScope: 'mine' | 'scope') {
  const sortBy = SORT_KEYS.find((k) => k === search.get('sort')) ?? 'nextDeadline';
  const input: ListInput = {
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: 25,
    search: search.get('q') ?? '',
    scope:
      search.get('scope') === 'mine' || search.get('scope') === 'scope'
        ? (search.get('scope') as 'mine' | 'scope')
        : defaultScope,
    stepId: search.get('step') || undefined,
    overdue: search.get('overdue') === '1' ? true : undefined,
    status: search.get('status') === 'closed' ? 'closed' : 'open',
    sortBy,
    sortDirection: search.get('dir') === 'desc' ? 'desc' : 'asc',
  };
  return input;
}

/** The URL query for a list input (defaults left out). */
export function toQuery(input: ListInput, defaultScope: 'mine' | 'scope'): string {
  const q = new URLSearchParams();
  if (input.search) q.set('q', input.search);
  if (input.scope && input.scope !== defaultScope) q.set('scope', input.scope);
  if (input.stepId) q.set('step', input.stepId);
  if (input.overdue) q.set('overdue', '1');
  if (input.status === 'closed') q.set('status', 'closed');
  if (input.sortBy && input.sortBy !== 'nextDeadline') q.set('sort', input.sortBy);
  if (input.sortDirection === 'desc') q.set('dir', 'desc');
  if (input.page && input.page > 1) q.set('page', String(input.page));
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The DataTable's sort state for a list input. */
export const toSortState = (input: ListInput): SortState => ({
  key: input.sortBy ?? 'nextDeadline',
  direction: input.sortDirection === 'desc' ? 'descending' : 'ascending',
});

/** The list input's sort for a DataTable sort state. */
export function fromSortState(sort: SortState): Pick<ListInput, 'sortBy' | 'sortDirection'> {
  const sortBy = SORT_KEYS.find((k) => k === sort.key) ?? 'nextDeadline';
  return { sortBy, sortDirection: sort.direction === 'descending' ? 'desc' : 'asc' };
}
