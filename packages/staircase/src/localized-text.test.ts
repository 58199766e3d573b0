import { describe, expect, it } from 'vitest';
import { LocalizedTextSchema } from './localized-text';

describe('LocalizedTextSchema', () => {
  it('requires non-empty Danish and English, trimmed', () => {
    expect(LocalizedTextSchema.parse({ da: ' Plejefamilie ', en: 'Foster family' })).toEqual({
      da: 'Plejefamilie',
      en: 'Foster family',
    });
    const result = LocalizedTextSchema.safeParse({ da: '  ', en: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['da', 'en']);
    expect(result.error?.issues[0]?.message).toBe('Danish text is required');
  });

  it('rejects text over 2000 characters', () => {
    expect(LocalizedTextSchema.safeParse({ da: 'x'.repeat(2001), en: 'x' }).success).toBe(false);
  });
});
