import type { users } from '@trappen/db';
import { describe, expect, it } from 'vitest';
import type { users as standIn } from '../types/db';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

describe('the @trappen/db stand-in used for the published declarations', () => {
  it('has exactly the roles of the real users table', () => {
    const same: Equal<(typeof users.$inferSelect)['role'], (typeof standIn.$inferSelect)['role']> =
      true;
    expect(same).toBe(true);
  });
});
