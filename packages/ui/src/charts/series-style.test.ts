import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriesStyle } from './series-style';

describe('seriesStyle', () => {
  it('gives the six steps of the staircase six distinct colours and line styles', () => {
    const six = [0, 1, 2, 3, 4, 5].map(seriesStyle);
    expect(new Set(six.map((s) => s.color)).size).toBe(6);
    expect(new Set(six.map((s) => s.dash)).size).toBe(6);
    // Every colour is defined, once, in the shared styles.
    const css = readFileSync(join(__dirname, '..', 'styles.css'), 'utf8');
    const defined = six.map((s) => {
      const name = /var\((--[\w-]+)\)/.exec(s.color)?.[1] ?? '';
      return new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
    });
    expect(defined.every((c) => c !== undefined)).toBe(true);
    expect(new Set(defined).size).toBe(6);
  });
});
