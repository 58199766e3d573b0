import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from './BarChart';

const props = {
  title: 'Sager pr. sagsbehandler',
  summary: 'To af tre sagsbehandlere er over normen på 25 sager.',
  categories: ['Anna', 'Bo', 'Cecilie'],
  series: [
    { name: 'Sager', values: [31, 'suppressed', 22] as const },
    { name: 'Nye sager', values: [6, 2, null] as const },
  ],
  reference: { value: 25, label: 'Norm' },
};

describe('BarChart', () => {
  it('is a figure with the title and one-sentence summary, and a named SVG', () => {
    render(<BarChart {...props} />);
    screen.getByRole('figure', { name: 'Sager pr. sagsbehandler' });
    screen.getByText('To af tre sagsbehandlere er over normen på 25 sager.');
    const img = screen.getByRole('img', { name: 'Sager pr. sagsbehandler' });
    expect(img.getAttribute('aria-describedby')).toBe(
      screen.getByText(props.summary).getAttribute('id'),
    );
  });

  it('offers the data as a table behind a toggle, with "<5" for suppressed cells', () => {
    const { container } = render(<BarChart {...props} />);
    const toggle = screen.getByRole('button', { name: 'Vis tallene som tabel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const wrapper = container.querySelector('.tr-chart__table') as HTMLElement;
    expect(wrapper.hidden).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Skjul tabellen');
    expect(wrapper.hidden).toBe(false);
    const table = screen.getByRole('table', { name: 'Sager pr. sagsbehandler' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Kategori', 'Sager', 'Nye sager', 'Norm'],
      ['Anna', '31', '6', '25'],
      ['Bo', '<5', '2', '25'],
      ['Cecilie', '22', '–', '25'],
    ]);
    screen.getByText(/<5 betyder 1-4 børn; skjult betyder 5 børn eller flere/);
  });

  it('writes "<5" at a suppressed bar instead of drawing it, and values at the others', () => {
    const { container } = render(<BarChart {...props} tableMode="visible" />);
    const values = [...container.querySelectorAll('.tr-chart__svg .tr-chart__value')].map(
      (t) => t.textContent,
    );
    expect(values).toEqual(['31', '6', '<5', '2', '22', '–']);
    // 6 slots, 2 without a number: 4 bars.
    const chart = screen.getByRole('img', { name: 'Sager pr. sagsbehandler' });
    expect(chart.querySelectorAll('rect[stroke]')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /tabel/ })).toBeNull();
    expect(container.querySelector('.tr-chart__reference')?.textContent).toBe('Norm: 25');
  });

  it('gives each series its own pattern in a legend when there are several', () => {
    const { container } = render(<BarChart {...props} lang="en" />);
    const legend = container.querySelector('.tr-chart__legend') as HTMLElement;
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Sager', 'Nye sager']);
    expect(container.querySelectorAll('pattern')).toHaveLength(2);
    screen.getByRole('button', { name: 'Show the figures as a table' });
  });
});
