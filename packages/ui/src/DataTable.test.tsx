import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type DataTableColumn } from './DataTable';

interface CaseRow {
  id: string;
  child: string;
  step: number;
  deadline: string | null;
}

const rows: CaseRow[] = [
  { id: 'a', child: 'Øjvind', step: 3, deadline: '2025-03-01' },
  { id: 'b', child: 'Anna', step: 6, deadline: null },
  { id: 'c', child: 'Bo', step: 1, deadline: '2025-01-15' },
];

const columns: DataTableColumn<CaseRow>[] = [
  {
    key: 'child',
    header: 'Barn',
    cell: (r) => r.child,
    sortValue: (r) => r.child,
    rowHeader: true,
  },
  { key: 'step', header: 'Trin', cell: (r) => r.step, sortValue: (r) => r.step, align: 'end' },
  {
    key: 'deadline',
    header: 'Frist',
    cell: (r) => r.deadline ?? '–',
    sortValue: (r) => r.deadline,
  },
  { key: 'note', header: 'Note', cell: () => '' },
];

const firstColumn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('DataTable', () => {
  it('has a caption and marks sortable headers aria-sort="none" until sorted', () => {
    render(<DataTable caption="Mine sager" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    screen.getByRole('table', { name: 'Mine sager' });
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('aria-sort'))).toEqual(['none', 'none', 'none', null]);
    expect(firstColumn()).toEqual(['Øjvind', 'Anna', 'Bo']);
  });

  it('sorts ascending, then descending, on header clicks, updating aria-sort', () => {
    render(<DataTable caption="Mine sager" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    const childHeader = screen.getByRole('columnheader', { name: /Barn/ });
    fireEvent.click(within(childHeader).getByRole('button'));
    expect(childHeader.getAttribute('aria-sort')).toBe('ascending');
    // Danish collation: Ø after the Latin letters.
    expect(firstColumn()).toEqual(['Anna', 'Bo', 'Øjvind']);

    fireEvent.click(within(childHeader).getByRole('button'));
    expect(childHeader.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['Øjvind', 'Bo', 'Anna']);

    const stepHeader = screen.getByRole('columnheader', { name: /Trin/ });
    fireEvent.click(within(stepHeader).getByRole('button'));
    expect(stepHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(childHeader.getAttribute('aria-sort')).toBe('none');
    expect(firstColumn()).toEqual(['Bo', 'Øjvind', 'Anna']);
  });

  it('keeps missing values last in both directions', () => {
    render(<DataTable caption="Mine sager" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    const button = within(screen.getByRole('columnheader', { name: /Frist/ })).getByRole('button');
    fireEvent.click(button);
    expect(firstColumn()).toEqual(['Bo', 'Øjvind', 'Anna']);
    fireEvent.click(button);
    expect(firstColumn()).toEqual(['Øjvind', 'Bo', 'Anna']);
  });

  it('leaves the order to the server when sort is controlled', () => {
    const onSortChange = vi.fn();
    render(
      <DataTable
        caption="Mine sager"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        sort={{ key: 'step', direction: 'descending' }}
        onSortChange={onSortChange}
      />,
    );
    expect(screen.getByRole('columnheader', { name: /Trin/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(firstColumn()).toEqual(['Øjvind', 'Anna', 'Bo']);
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Trin/ })).getByRole('button'));
    expect(onSortChange).toHaveBeenCalledWith({ key: 'step', direction: 'ascending' });
  });

  it('shows an empty state in the table', () => {
    render(<DataTable caption="Mine sager" columns={columns} rows={[]} rowKey={(r) => r.id} />);
    const cell = screen.getByRole('cell', { name: 'Der er ingen data at vise.' });
    expect(cell.getAttribute('colspan')).toBe('4');
  });
});
