import { describe, expect, it } from 'vitest';
import { checkSchema } from './check-schema';

const schema = {
  type: 'object',
  required: ['id', 'steps'],
  properties: {
    id: { type: 'string' },
    steps: { type: 'array', items: { type: 'object', properties: { rank: { type: 'number' } } } },
    payback: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
  },
};

describe('checkSchema', () => {
  it('accepts a matching value', () => {
    expect(checkSchema({ id: 'a', steps: [{ rank: 1.5 }], payback: null }, schema)).toEqual([]);
  });

  it('names every mismatch by path', () => {
    expect(checkSchema({ steps: [{ rank: '1' }], payback: 'soon' }, schema)).toEqual([
      '$: missing required property id',
      '$.steps[0].rank: expected number, got string',
      '$.payback: matches none of 2 alternatives',
    ]);
  });
});
