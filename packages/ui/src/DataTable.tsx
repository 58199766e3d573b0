import { type ReactNode, useState } from 'react';
import { cx } from './cx';
import { useT } from './i18n/LanguageProvider';
import { nextSort, type SortState, type SortValue, sortRows } from './sort';

/** One column of a {@link DataTable}. */
export interface DataTableColumn<Row> {
  /** Stable key, used for sorting state. */
  key: string;
  /** Header text. */
  header: ReactNode;
  /** The cell's content. */
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: (row: Row) => SortValue;
  /** `end` right-aligns numbers (default `start`). */
  align?: 'start' | 'end';
  /** Renders the cell as the row's header (`<th scope="row">`), e.g. a name column. */
  rowHeader?: boolean;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  /** The table's caption (its accessible name). */
  caption: ReactNode;
  /** Hides the caption visually while keeping it for screen readers. */
  captionHidden?: boolean;
  /** The columns. */
  columns: readonly DataTableColumn<Row>[];
  /** The rows. */
  rows: readonly Row[];
  /** A unique key per row. */
  rowKey: (row: Row) => string;
  /** Shown in a single row when there are no rows (default "Der er ingen data at vise."). */
  empty?: ReactNode;
  /** Initial sort when uncontrolled. */
  initialSort?: SortState | null;
  /**
   * Controlled sort, e.g. for server-side sorting with pagination: rows are then
   * shown in the order given and `onSortChange` reports header clicks.
   */
  sort?: SortState | null;
  /** Called with the new sort when a sortable header is clicked. */
  onSortChange?: (sort: SortState) => void;
  /** Extra class on the wrapper. */
  className?: string;
}

/**
 * An accessible data table: caption, column headers with sort buttons and
 * `aria-sort`, and an empty state. Sorts in the browser unless `sort` is controlled.
 */
export function DataTable<Row>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  empty,
  initialSort = null,
  sort: controlledSort,
  onSortChange,
  className,
}: DataTableProps<Row>): ReactNode {
  const t = useT();
  const [ownSort, setOwnSort] = useState<SortState | null>(initialSort);
  const controlled = controlledSort !== undefined;
  const sort = controlled ? controlledSort : ownSort;
  const sortColumn = sort ? columns.find((c) => c.key === sort.key) : undefined;
  const shown =
    !controlled && sort && sortColumn?.sortValue
      ? sortRows(rows, sortColumn.sortValue, sort.direction)
      : rows;

  const onHeaderClick = (key: string) => {
    const next = nextSort(sort, key);
    if (!controlled) setOwnSort(next);
    onSortChange?.(next);
  };

  return (
    <div className={cx('tr-table-wrap', className)}>
      <table className="tr-table">
        <caption className={captionHidden ? 'tr-visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = sort?.key === column.key ? sort.direction : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.align === 'end' ? 'tr-num' : undefined}
                  aria-sort={column.sortValue ? (sorted ?? 'none') : undefined}
                >
                  {column.sortValue ? (
                    <button
                      type="button"
                      className="tr-table__sort"
                      onClick={() => onHeaderClick(column.key)}
                    >
                      {column.header}
                      <span className="tr-table__sort-icon" aria-hidden="true">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="tr-table__empty">
                {empty ?? t('table.empty')}
              </td>
            </tr>
          ) : (
            shown.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => {
                  const Cell = column.rowHeader ? 'th' : 'td';
                  return (
                    <Cell
                      key={column.key}
                      scope={column.rowHeader ? 'row' : undefined}
                      className={column.align === 'end' ? 'tr-num' : undefined}
                    >
                      {column.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
