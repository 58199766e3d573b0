import { describe, expect, it } from 'vitest';
import { KpiError } from '../errors';
import { discloseTimeliness } from './timeliness';

const row = (notifications: number, within: number) => ({
  year: 2025,
  notifications,
  assessedWithin24Hours: within,
  childAssessmentsConcluded: 0,
  concludedWithinDeadline: 0,
});

describe('disclosure of the intake clocks', () => {
  it('publishes counts and shares of 5 or more on each side, and zeros', () => {
    const [year] = discloseTimeliness([row(20, 15)], '2025-12-31');
    expect(year).toMatchObject({
      complete: true,
      notifications: { kind: 'value', value: 20 },
      assessedWithin24Hours: { kind: 'value', value: 15 },
      shareAssessedWithin24Hours: { kind: 'value', value: 0.75 },
      childAssessmentsConcluded: { kind: 'value', value: 0 },
      shareConcludedWithinDeadline: { kind: 'value', value: null },
    });
  });

  it('hides the on-time count when the late count is 1 to 4 (it would give it away), and small totals', () => {
    const [few, small] = discloseTimeliness([row(20, 17), row(3, 3)], '2025-06-30');
    expect(few?.notifications).toEqual({ kind: 'value', value: 20 });
    expect(few?.assessedWithin24Hours.kind).toBe('hidden');
    expect(few?.shareAssessedWithin24Hours.kind).toBe('hidden');
    expect(few?.complete).toBe(false);
    expect(small?.notifications).toEqual({ kind: 'suppressed' });
  });

  it('refuses counts that are not counts, and more on time than in all', () => {
    expect(() => discloseTimeliness([row(-1, 0)], '2025-06-30')).toThrow(KpiError);
    expect(() => discloseTimeliness([row(2.5, 0)], '2025-06-30')).toThrow(KpiError);
    expect(() => discloseTimeliness([row(3, 4)], '2025-06-30')).toThrow(/must not exceed/);
  });
});
