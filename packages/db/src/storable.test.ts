import { describe, expect, it } from 'vitest';
import { isStorableYear, unstorableText } from './storable';

describe('what PostgreSQL can store', () => {
  it('names NUL characters and lone surrogates, and accepts whole characters', () => {
    expect(unstorableText('a\u0000b')).toBe('contains a NUL character');
    expect(unstorableText('a\ud800b')).toMatch(/lone UTF-16 surrogate/);
    expect(unstorableText('a\udc00')).toMatch(/lone UTF-16 surrogate/);
    expect(unstorableText('\ud800')).toMatch(/lone UTF-16 surrogate/);
    expect(unstorableText('Søren 😀 Ærø')).toBeNull();
  });

  it('keeps dates to the years 1900 to 2999', () => {
    expect(
      ['0000-01-01', '1899-12-31', '1900-01-01', '2999-12-31', '3000-01-01'].map(isStorableYear),
    ).toEqual([false, false, true, true, false]);
  });
});
