import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TornadoChart } from './TornadoChart';

describe('TornadoChart', () => {
  it('sorts drivers by swing and tabulates low, high and swing around the base case', () => {
    const { container } = render(
      <TornadoChart
        title="Hvad driver besparelsen?"
        summary="Faldet i anbringelser betyder mest for resultatet."
        baseline={6435}
        tableMode="visible"
        drivers={[
          { name: 'Lønudgift pr. sagsbehandler', low: 6900, high: 6000 },
          { name: 'Fald i anbringelser', low: 2000, high: 9800 },
          { name: 'Døgnpris', low: 5000, high: 7800 },
        ]}
      />,
    );
    const labels = [...container.querySelectorAll('svg .tr-chart__label')].map(
      (t) => t.textContent,
    );
    expect(labels).toEqual(['Fald i anbringelser', 'Døgnpris', 'Lønudgift pr. sagsbehandler']);
    const table = screen.getByRole('table', { name: 'Hvad driver besparelsen?' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Antagelse', 'Lav', 'Høj', 'Spænd'],
      ['Fald i anbringelser', '2.000', '9.800', '7.800'],
      ['Døgnpris', '5.000', '7.800', '2.800'],
      ['Lønudgift pr. sagsbehandler', '6.900', '6.000', '900'],
      ['Grundberegning', '6.435'],
    ]);
    expect(container.querySelector('.tr-chart__reference')?.textContent).toBe(
      'Grundberegning: 6.435',
    );
  });
});
