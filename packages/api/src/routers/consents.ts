import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  acknowledgeRevocation,
  CONSENT_PARTIES,
  consentsForChild,
  consentsOfParent,
  recordConsent,
  revokeConsent,
} from '../queries/consents';
import { DateInputSchema, IdSchema, textInput, VersionSchema } from '../schemas/common';
import { procedure } from '../trpc';

const ConsentSchema = z.object({
  id: z.string(),
  childId: z.string(),
  givenBy: z.enum(['guardian', 'youngPerson']),
  guardian: z.object({ id: z.string(), name: z.string() }).nullable(),
  partyKind: z.enum(CONSENT_PARTIES),
  partyName: z.string(),
  purpose: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  status: z.enum(['active', 'pending', 'expired', 'revoked']),
  revokedAt: z.string().nullable(),
  revokedVia: z.enum(['console', 'portal']).nullable(),
  revocationUnseen: z.boolean(),
  version: z.number().int(),
});

const RevokeInput = z.object({ consentId: IdSchema, version: VersionSchema });

/** Consents (samtykke) to share a child's information with a named party. */
export const consentsRouter = {
  /** Records a consent from a custody holder or the young person. Audited. */
  record: procedure
    .input(
      z.object({
        childId: IdSchema,
        givenBy: z.enum(['guardian', 'youngPerson']),
        guardianId: IdSchema.optional(),
        partyKind: z.enum(CONSENT_PARTIES),
        partyName: textInput(200).min(1),
        purpose: textInput(1000).min(1),
        validFrom: DateInputSchema,
        validTo: DateInputSchema,
      }),
    )
    .output(ConsentSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const consent = await recordConsent(tx, ctx.user, input, ctx.today());
        await ctx.audit(
          {
            action: 'create',
            entity: 'consent',
            entityId: consent.id,
            childId: consent.childId,
            criteria: { partyKind: input.partyKind, givenBy: input.givenBy },
          },
          tx,
        );
        return consent;
      }),
    ),

  /** Revokes a consent from the console (stale version → CONFLICT). Audited. */
  revoke: procedure
    .input(RevokeInput)
    .output(ConsentSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const consent = await revokeConsent(tx, ctx.user, input, ctx.today());
        await ctx.audit(
          {
            action: 'update',
            entity: 'consent',
            entityId: consent.id,
            childId: consent.childId,
            criteria: { change: 'revoke' },
          },
          tx,
        );
        return consent;
      }),
    ),

  /** The child's consents, active, pending, expired and revoked. Audited as a read. */
  forChild: procedure
    .input(z.object({ childId: IdSchema }))
    .output(z.array(ConsentSchema))
    .query(async ({ ctx, input }) => {
      const consents = await consentsForChild(ctx.db, ctx.user, input.childId, ctx.today());
      await ctx.audit({
        action: 'read',
        entity: 'consent',
        childId: input.childId,
        outcome: 'ok',
        criteria: { count: consents.length },
      });
      return consents;
    }),

  /** The caseworker marks a parent's revocation in the portal as seen. Audited. */
  acknowledge: procedure
    .input(RevokeInput)
    .output(ConsentSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const consent = await acknowledgeRevocation(tx, ctx.user, input, ctx.today());
        await ctx.audit(
          {
            action: 'update',
            entity: 'consent',
            entityId: consent.id,
            childId: consent.childId,
            criteria: { change: 'acknowledge' },
          },
          tx,
        );
        return consent;
      }),
    ),

  /** The portal: consents about the parent's own children. Audited as a read. */
  mine: procedure.output(z.array(ConsentSchema)).query(async ({ ctx }) => {
    const consents = await consentsOfParent(ctx.db, ctx.user, ctx.today());
    await ctx.audit({ action: 'read', entity: 'consent', criteria: { count: consents.length } });
    return consents;
  }),

  /** The portal: a custody holder revokes a consent about their child; the caseworker is told. */
  revokeMine: procedure
    .input(RevokeInput)
    .output(ConsentSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const consent = await revokeConsent(tx, ctx.user, input, ctx.today());
        await ctx.audit(
          {
            action: 'update',
            entity: 'consent',
            entityId: consent.id,
            childId: consent.childId,
            criteria: { change: 'revoke', via: 'portal' },
          },
          tx,
        );
        return consent;
      }),
    ),
} satisfies TRPCRouterRecord;
