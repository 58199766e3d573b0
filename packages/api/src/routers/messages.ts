import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  countMessages,
  listMessages,
  preferencesOf,
  retryDeadMessage,
  savePreferences,
} from '../queries/messages-admin';
import { IdSchema } from '../schemas/common';
import { procedure } from '../trpc';

const StatusSchema = z.enum(['queued', 'sending', 'sent', 'failed', 'dead']);
const PreferencesSchema = z.object({
  email: z.boolean(),
  sms: z.boolean(),
  digitalPost: z.boolean(),
  nonEssential: z.boolean(),
  locale: z.enum(['da', 'en']),
  phone: z
    .string()
    .regex(
      /^\+?[0-9][0-9 ]{6,14}[0-9]$/,
      'Et telefonnummer med 8-16 cifre / A phone number of 8-16 digits',
    )
    .nullable(),
  version: z.number().int().min(0).max(2_147_483_647),
});

/** Messages: their delivery states for administrators, and each person's preferences. */
export const messagesRouter = {
  /** The municipality's latest messages and counts per state (no texts, no addresses). */
  list: procedure
    .input(
      z.object({
        status: StatusSchema.optional(),
        limit: z.number().int().min(1).max(200).default(100),
      }),
    )
    .output(
      z.object({
        counts: z.array(z.object({ status: StatusSchema, n: z.number() })),
        items: z.array(
          z.object({
            id: z.string(),
            kind: z.string(),
            channel: z.string(),
            status: StatusSchema,
            attempts: z.number(),
            lastError: z.string().nullable(),
            createdAt: z.string(),
            sentAt: z.string().nullable(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => ({
      counts: await countMessages(ctx.db, ctx.user),
      items: await listMessages(ctx.db, ctx.user, input.status, input.limit),
    })),
  /** Puts a dead message back in the queue. */
  retry: procedure
    .input(z.object({ messageId: IdSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await retryDeadMessage(ctx.db, ctx.user, input.messageId);
      await ctx.audit({ action: 'update', entity: 'message', entityId: input.messageId });
      return { ok: true as const };
    }),
  /** The caller's own channels, language and opt-out of reminders and digests. */
  preferences: procedure
    .output(PreferencesSchema)
    .query(({ ctx }) => preferencesOf(ctx.db, ctx.user)),
  /** Saves the caller's own preferences. */
  savePreferences: procedure
    .input(PreferencesSchema)
    .output(z.object({ version: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const version = await savePreferences(ctx.db, ctx.user, input);
      await ctx.audit({ action: 'update', entity: 'messagePreferences', entityId: ctx.user.id });
      return { version };
    }),
} satisfies TRPCRouterRecord;
