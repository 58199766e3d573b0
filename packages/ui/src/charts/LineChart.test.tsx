import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDKK } from '../format';
import { LineChart } from './LineChart';

describe('LineChart', () => {
  it('tabulates the series and the P10–P90 band, with "<5" for suppressed and "skjult" for hidden points', () => {
    render(
      <LineChart
        title="Anbragte børn"
        summary="Antallet af anbragte børn steg fra 87 til 131."
        x={['2015', '2016', '2017', '2018']}
        series={[
          { name: 'Faxe', values: [87, 102, 'suppressed', 131] },
          { name: 'Plan', values: [87, 'hidden', 100, null] },
        ]}
        band={{ low: [80, 85, 90, 95], high: [95, 110, 120, 135] }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Vis tallene som tabel' }));
    const table = screen.getByRole('table', { name: 'Anbragte børn' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(rows[0]).toEqual([
      'Periode',
      'Faxe',
      'Plan',
      'P10–P90 (80 % sandsynlighed): Lav',
      'P10–P90 (80 % sandsynlighed): Høj',
    ]);
    expect(rows[2]).toEqual(['2016', '102', 'skjult', '85', '110']);
    expect(rows[3]).toEqual(['2017', '<5', '100', '90', '120']);
    expect(rows[4]).toEqual(['2018', '131', '–', '95', '135']);
  });

  it('breaks a line at missing or suppressed points and marks suppressed ones "<5"', () => {
    const { container } = render(
      <LineChart
        title="Underretninger"
        summary="Underretningerne steg med 95,2 %."
        x={['2015', '2016', '2017', '2018']}
        series={[{ name: 'Underretninger', values: [524, 'suppressed', 800, 1023] }]}
      />,
    );
    const svg = screen.getByRole('img', { name: 'Underretninger' });
    expect(svg.querySelectorAll('path[stroke-dasharray]')).toHaveLength(2);
    expect(svg.querySelector('.tr-chart__value')?.textContent).toBe('<5');
    expect(container.querySelector('.tr-chart__band')).toBeNull();
  });

  it('draws the band and names it in the legend', () => {
    const { container } = render(
      <LineChart
        title="Besparelse"
        summary="Besparelsen ligger sandsynligvis mellem 2 og 9 mio. kr. i 2019."
        x={['2016', '2017', '2018', '2019']}
        series={[{ name: 'Forventet', values: [0, 900_000, 1_500_000, 2_600_000] }]}
        band={{
          name: 'P10–P90',
          low: [0, 400_000, 800_000, 2_000_000],
          high: [0, 1_400_000, 2_500_000, 9_000_000],
        }}
        format={(v) => formatDKK(v)}
        lang="en"
      />,
    );
    expect(container.querySelector('svg path.tr-chart__band')).not.toBeNull();
    const legend = container.querySelector('.tr-chart__legend') as HTMLElement;
    expect(legend.textContent).toContain('P10–P90');
    expect(screen.getByRole('button').textContent).toBe('Show the figures as a table');
  });

  it('labels the x axis evenly back from the latest period, so the last labels never overlap', () => {
    const x = Array.from({ length: 47 }, (_, i) => `${2015 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
    const { container } = render(
      <LineChart
        title="Anbragte børn"
        summary="Pr. kvartal."
        x={x}
        series={[{ name: 'I alt', values: x.map((_, i) => 100 + i) }]}
      />,
    );
    const shown = [...container.querySelectorAll('text.tr-chart__tick')]
      .map((node) => node.textContent ?? '')
      .filter((text) => /-Q/.test(text))
      .map((text) => x.indexOf(text));
    expect(shown.at(-1)).toBe(x.length - 1);
    expect(shown.length).toBeGreaterThan(2);
    const gaps = shown.slice(1).map((index, k) => index - (shown[k] as number));
    expect(new Set(gaps).size).toBe(1);
    expect(gaps[0]).toBeGreaterThan(1);
  });
});
