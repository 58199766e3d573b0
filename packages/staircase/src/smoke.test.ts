import { describe, expect, it } from 'vitest';
import { defaultStaircase, stepOf } from './index';

describe('smoke', () => {
  it('finds the foster-care step', () => {
    expect(
      stepOf(defaultStaircase, [{ code: 'foster-family', start: '2024-01-01' }], '2024-02-01')?.id,
    ).toBe('foster-care');
  });
});
