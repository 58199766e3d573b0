import { describe, expect, it } from 'vitest';
import { formatDate, formatDKK, formatNumber, formatPercentChange, percentChange } from './format';

describe('percentChange', () => {
  it('is (new − old) / old, as in the Faxe notifications example', () => {
    expect(percentChange(524, 1023)).toBeCloseTo((1023 - 524) / 524, 12);
    expect(percentChange(87, 131)).toBeCloseTo(0.5057, 4);
  });

  it('is null when the old value is zero', () => {
    expect(percentChange(0, 10)).toBeNull();
  });
});

describe('formatPercentChange', () => {
  it('shows the Faxe example as +95,2 % in Danish and +95.2% in English', () => {
    expect(formatPercentChange(524, 1023)).toMatch(/^\+95,2\s%$/);
    expect(formatPercentChange(524, 1023, 'en')).toBe('+95.2%');
  });

  it('signs falls and leaves no change unsigned', () => {
    expect(formatPercentChange(5.9, 2.0, 'en')).toBe('-66.1%');
    expect(formatPercentChange(30, 30, 'en')).toBe('0.0%');
  });

  it('shows a dash when there is no old value', () => {
    expect(formatPercentChange(0, 12)).toBe('–');
  });
});

describe('formatDKK', () => {
  it('formats whole kroner with Danish separators', () => {
    expect(formatDKK(1_095_000)).toMatch(/^1\.095\.000\skr\.$/);
    expect(formatDKK(-6_435_000)).toMatch(/^-6\.435\.000\skr\.$/);
  });

  it('can show øre', () => {
    expect(formatDKK(2000.5, 'da', 2)).toMatch(/^2\.000,50\skr\.$/);
  });
});

describe('formatDate', () => {
  it('formats an ISO date as that calendar day in Danish and English', () => {
    expect(formatDate('2025-03-03')).toBe('3. marts 2025');
    expect(formatDate('2025-03-03', 'da', 'short')).toBe('03.03.2025');
    expect(formatDate('2025-03-03', 'en')).toBe('3 March 2025');
  });

  it('returns unparseable input unchanged', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('formatNumber', () => {
  it('uses Danish separators', () => {
    expect(formatNumber(1234567.25)).toBe('1.234.567,3');
  });
});
