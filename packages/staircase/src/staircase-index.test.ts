import { describe, expect, it } from 'vitest';
import { defaultStaircase } from './default-staircase';
import { defineStaircase } from './define-staircase';
import { indexStaircase } from './staircase-index';

describe('indexStaircase', () => {
  it('looks up steps by id and rank, and entries and ranks by code', () => {
    const index = indexStaircase(defaultStaircase);
    expect(index.stepById.get('home-based')?.rank).toBe(3);
    expect(index.stepByRank[6]?.id).toBe('institution');
    expect(index.stepByRank[0]).toBeUndefined();
    expect(index.entryByCode.get('foster-family')?.step).toBe('foster-care');
    expect(index.rankByCode.get('foster-family')).toBe(5);
    expect(index.rankByCode.get('ppr')).toBe(1);
    expect(index.rankByCode.size).toBe(defaultStaircase.interventions.length);
    expect(index.rankByCode.get('no-such-code')).toBeUndefined();
  });

  it('is cached per staircase object', () => {
    expect(indexStaircase(defaultStaircase)).toBe(indexStaircase(defaultStaircase));
    const copy = defineStaircase(structuredClone(defaultStaircase));
    expect(indexStaircase(copy)).not.toBe(indexStaircase(defaultStaircase));
    expect(indexStaircase(copy).rankByCode).toEqual(indexStaircase(defaultStaircase).rankByCode);
  });
});
