import { describe, expect, it } from 'vitest';
import { extent, linearScale, niceTicks } from './scale';

describe('chart scales', () => {
  it('maps a domain linearly onto pixels', () => {
    const x = linearScale([0, 100], [10, 210]);
    expect(x(0)).toBe(10);
    expect(x(50)).toBe(110);
    expect(x(100)).toBe(210);
  });

  it('picks round ticks that enclose the data', () => {
    expect(niceTicks(0, 131, 4)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(-3, 7, 5)).toEqual([-4, -2, 0, 2, 4, 6, 8]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });

  it('takes the extent including extra values such as zero', () => {
    expect(extent([5, 9], 0)).toEqual([0, 9]);
    expect(extent([])).toEqual([0, 1]);
  });
});
