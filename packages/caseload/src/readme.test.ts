import * as staircase from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { runBlock, tsBlocks } from '../../../test-support/readme-snippets';
import * as caseload from './index';

const blocks = tsBlocks(new URL('../README.md', import.meta.url));
const modules = {
  '@trappen/staircase': staircase,
  '@trappen/caseload': caseload,
};

describe('the README of @trappen/caseload', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });
  for (const block of blocks) {
    it(`runs the example at line ${block.line} as written, with the values its comments show`, () => {
      expect(() => runBlock(block.code, modules)).not.toThrow();
    });
  }
});
