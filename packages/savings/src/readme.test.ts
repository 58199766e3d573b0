import * as caseload from '@trappen/caseload';
import * as kpi from '@trappen/kpi';
import * as kpiTesting from '@trappen/kpi/testing';
import * as savings from '@trappen/savings';
import * as staircase from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { runBlock, tsBlocks } from '../../../test-support/readme-snippets';

const blocks = tsBlocks(new URL('../README.md', import.meta.url));
const modules = {
  '@trappen/staircase': staircase,
  '@trappen/caseload': caseload,
  '@trappen/savings': savings,
  '@trappen/kpi': kpi,
  '@trappen/kpi/testing': kpiTesting,
};

describe('the README of @trappen/savings', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });
  for (const block of blocks) {
    it(`runs the example at line ${block.line} as written, with the values its comments show`, () => {
      expect(() => runBlock(block.code, modules)).not.toThrow();
    });
  }
});
