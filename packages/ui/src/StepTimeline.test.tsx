import { render, screen, within } from '@testing-library/react';
import { defaultStaircase, type TimelinePeriod } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { StepTimeline } from './StepTimeline';

const periods: TimelinePeriod[] = [
  { from: '2024-01-01', to: '2024-02-29', step: 'home-based', rank: 3 },
  { from: '2024-03-01', to: '2024-05-31', step: 'institution', rank: 6 },
  { from: '2024-06-01', to: '2024-12-31', step: 'home-based', rank: 3 },
  { from: '2025-02-01', to: null, step: 'prevention', rank: 2 },
];

describe('StepTimeline', () => {
  it('lists every period with dates and the direction of each move', () => {
    render(<StepTimeline staircase={defaultStaircase} periods={periods} today="2025-06-30" />);
    const list = screen.getByRole('list', { name: 'Perioder på trappen' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Trin 3: Hjemmebaserede indsatser 1. januar 2024 – 29. februar 2024 (Start)',
      'Trin 6: Anbringelse på opholdssted eller døgninstitution 1. marts 2024 – 31. maj 2024 (3 trin op)',
      'Trin 3: Hjemmebaserede indsatser 1. juni 2024 – 31. december 2024 (3 trin ned)',
      'Trin 2: Forebyggelse 1. februar 2025 – nu (Efter en pause)',
    ]);
  });

  it('draws one bar per period and labels the chart for screen readers', () => {
    const { container } = render(
      <StepTimeline staircase={defaultStaircase} periods={periods} today="2025-06-30" lang="en" />,
    );
    expect(container.querySelectorAll('.tr-timeline__bar')).toHaveLength(4);
    expect(container.querySelectorAll('.tr-timeline__bar--ongoing')).toHaveLength(1);
    // Moves are joined only where the periods touch (not across the gap).
    expect(container.querySelectorAll('.tr-timeline__move')).toHaveLength(2);
    screen.getByRole('img', { name: /^Steps over time from 1 January 2024 to now/ });
  });

  it('shows an empty message without periods', () => {
    render(<StepTimeline staircase={defaultStaircase} periods={[]} today="2025-06-30" />);
    screen.getByText('Der er ingen perioder endnu.');
  });
});
