import { describe, expect, it } from 'vitest';
import { possessive } from './possessive';

describe('possessive', () => {
  it('follows Danish and English spelling', () => {
    expect(possessive('Agnes', 'da')).toBe("Agnes'");
    expect(possessive('Felix', 'da')).toBe("Felix'");
    expect(possessive('Maja', 'da')).toBe('Majas');
    expect(possessive('Maja', 'en')).toBe('Maja’s');
  });
});
