import { describe, expect, it } from 'vitest';
import { yearPeriod } from './period';
import { staircaseMovement, stepDistribution } from './steps';
import { makeInput } from './test-helpers';

// Five children, period 2018 (1 Jan - 31 Dec):
// down:      institution (6) on 1 Jan → foster family (5) on 31 Dec
// up:        family treatment (3) → residential home (6)
// unchanged: foster family (5) all year
// entered:   nothing on 1 Jan → contact person (3) from 1 Jun
// exited:    day care (1) until 30 Jun, nothing on 31 Dec
// none:      a child with no interventions (not counted in movement)
const input = makeInput({
  children: ['down', 'up', 'same', 'in', 'out', 'none'].map((id) => ({ id })),
  interventions: [
    {
      id: 'd1',
      childId: 'down',
      code: 'residential-institution',
      start: '2017-06-01',
      end: '2018-03-31',
    },
    { id: 'd2', childId: 'down', code: 'foster-family', start: '2018-04-01' },
    { id: 'u1', childId: 'up', code: 'family-treatment', start: '2017-01-01', end: '2018-05-31' },
    { id: 'u2', childId: 'up', code: 'residential-home', start: '2018-06-01' },
    { id: 's1', childId: 'same', code: 'foster-family', start: '2016-01-01' },
    { id: 'e1', childId: 'in', code: 'contact-person', start: '2018-06-01' },
    { id: 'x1', childId: 'out', code: 'day-care', start: '2017-01-01', end: '2018-06-30' },
  ],
});

describe('stepDistribution', () => {
  it('counts children per step on the last day, with shares of those on a step', () => {
    // 31 Dec: down → foster-care (5), up → institution (6), same → foster-care (5),
    // in → home-based (3); out and none on no step. On a step: 4.
    const r = stepDistribution(input, yearPeriod(2018));
    expect(r.value.onStep).toBe(4);
    expect(r.value.onNoStep).toBe(2);
    expect(r.value.steps.map((s) => [s.step, s.children])).toEqual([
      ['universal', 0],
      ['prevention', 0],
      ['home-based', 1],
      ['network-care', 0],
      ['foster-care', 2],
      ['institution', 1],
    ]);
    expect(r.value.steps[4]?.share).toBe(0.5); // 2 / 4
    expect(r.value.steps[2]?.share).toBe(0.25); // 1 / 4
    expect(r.kpi).toBe('stepDistribution');
  });

  it('has no shares when no child is on a step', () => {
    const r = stepDistribution(makeInput({ children: [{ id: 'x' }] }), yearPeriod(2018));
    expect(r.value.steps.every((s) => s.share === null)).toBe(true);
    expect(r.value.onNoStep).toBe(1);
  });
});

describe('staircaseMovement', () => {
  it('classifies each child by its step on the first and last day', () => {
    const r = staircaseMovement(input, yearPeriod(2018));
    expect(r.value).toEqual({ down: 1, up: 1, unchanged: 1, entered: 1, exited: 1, children: 5 });
    expect(r.definition.en).toContain('down');
  });
});
