import { describe, expect, it } from 'vitest';
import { CatalogueEntrySchema, StaircaseDefinitionSchema, StepSchema } from './schema';

const text = { da: 'x', en: 'x' };

describe('StepSchema', () => {
  it('defaults isPlacement to false and maxStayMonths to six', () => {
    expect(StepSchema.parse({ id: 'home', rank: 1, name: text, description: text })).toEqual({
      id: 'home',
      rank: 1,
      name: text,
      description: text,
      isPlacement: false,
      maxStayMonths: 6,
    });
  });

  it('rejects ids that are not lower-case identifiers and maxStayMonths out of range', () => {
    for (const id of ['', 'Home', 'home based', '-home', 'x'.repeat(65)]) {
      expect(StepSchema.safeParse({ id, rank: 1, name: text, description: text }).success, id).toBe(
        false,
      );
    }
    for (const maxStayMonths of [0, 121, 2.5]) {
      expect(
        StepSchema.safeParse({ id: 'a', rank: 1, name: text, description: text, maxStayMonths })
          .success,
      ).toBe(false);
    }
  });
});

describe('CatalogueEntrySchema', () => {
  it('applies defaults: quarterly follow-up, no aftercare, empty legal basis', () => {
    expect(CatalogueEntrySchema.parse({ code: 'c', step: 's', name: text })).toEqual({
      code: 'c',
      step: 's',
      name: text,
      legalBasis: '',
      aftercare: false,
      followUpEveryDays: 91,
    });
  });

  it('rejects non-positive cadences and rates', () => {
    const base = { code: 'c', step: 's', name: text };
    expect(CatalogueEntrySchema.safeParse({ ...base, followUpEveryDays: 0 }).success).toBe(false);
    expect(CatalogueEntrySchema.safeParse({ ...base, defaultDailyRate: 0 }).success).toBe(false);
    expect(CatalogueEntrySchema.safeParse({ ...base, defaultDailyRate: 0.5 }).success).toBe(true);
  });
});

describe('StaircaseDefinitionSchema', () => {
  it('requires at least one step and allows an empty catalogue', () => {
    const base = { id: 's', name: text, interventions: [] };
    expect(StaircaseDefinitionSchema.safeParse({ ...base, steps: [] }).success).toBe(false);
    expect(
      StaircaseDefinitionSchema.safeParse({
        ...base,
        steps: [{ id: 'a', rank: 1, name: text, description: text }],
      }).success,
    ).toBe(true);
  });
});
