import { describe, expect, it } from 'vitest';
import { discloseTimeliness } from './notification-timeliness';

const row = (notifications: number, within: number) => ({
  year: 2025,
  notifications,
  assessedWithin24Hours: within,
  childAssessmentsConcluded: 0,
  concludedWithinDeadline: 0,
});

describe('disclosure of the intake clocks', () => {
  it('publishes counts and shares of 5 or more on each side', () => {
    const [year] = discloseTimeliness([row(20, 15)], '2025-12-31');
    expect(year).toMatchObject({
      complete: true,
      notifications: { value: 20 },
      assessedWithin24Hours: { value: 15 },
      shareAssessedWithin24Hours: { value: 0.75 },
      childAssessmentsConcluded: { value: 0 },
      shareConcludedWithinDeadline: { value: null },
    });
  });

  it('hides the on-time count when the late count is 1 to 4, and small totals', () => {
    const [few, small] = discloseTimeliness([row(20, 17), row(3, 3)], '2025-06-30');
    expect(few?.assessedWithin24Hours).toEqual({ suppressed: true });
    expect(few?.shareAssessedWithin24Hours).toEqual({ suppressed: true });
    expect(few?.complete).toBe(false);
    expect(small?.notifications).toEqual({ suppressed: true });
  });
});
