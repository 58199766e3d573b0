import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatError } from './error-formatter';
import { conflict } from './errors';

const format = (error: TRPCError, isDev = false) =>
  formatError({ error, path: 'x.y', httpStatus: 400, requestId: 'req-1', isDev });

describe('formatError', () => {
  it('turns zod input errors into BAD_REQUEST field errors', () => {
    const parsed = z
      .object({ a: z.string(), b: z.object({ c: z.number() }) })
      .safeParse({ a: 1, b: { c: 'x' } });
    const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
    const { data } = format(error);
    expect(Object.keys(data.fieldErrors).sort()).toEqual(['a', 'b.c']);
    expect(data.messages.da).toMatch(/felter/);
  });

  it('keeps a domain error’s Danish and English message', () => {
    const { message, data } = format(conflict());
    expect(data.code).toBe('CONFLICT');
    expect(message).toBe(data.messages.en);
    expect(data.messages.da).toMatch(/ændret/);
  });

  it('hides internals outside development and keeps the correlation id', () => {
    const error = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'relation "cases" does not exist',
    });
    const production = format(error);
    expect(production.message).not.toMatch(/relation/);
    expect(production.data.stack).toBeUndefined();
    expect(production.data.requestId).toBe('req-1');
    expect(format(error, true).message).toMatch(/relation/);
  });
});
