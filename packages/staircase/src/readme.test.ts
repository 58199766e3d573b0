import { describe, expect, it } from 'vitest';
import { runBlock, tsBlocks } from '../../../test-support/readme-snippets';
import * as staircase from './index';

const blocks = tsBlocks(new URL('../README.md', import.meta.url));
const modules = {
  '@trappen/staircase': staircase,
};

describe('the README of @trappen/staircase', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });
  it('checks the values the comments show (a wrong comment fails)', () => {
    expect(() =>
      runBlock(
        "import { addDays } from '@trappen/staircase';\naddDays('2024-02-28', 1); // '2024-03-01'",
        modules,
      ),
    ).toThrow();
    expect(() =>
      runBlock(
        "import { addDays } from '@trappen/staircase';\naddDays('2024-02-28', 1); // '2024-02-29'",
        modules,
      ),
    ).not.toThrow();
  });
  for (const block of blocks) {
    it(`runs the example at line ${block.line} as written, with the values its comments show`, () => {
      expect(() => runBlock(block.code, modules)).not.toThrow();
    });
  }
});
