import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  addGuardian,
  listGuardians,
  removeGuardian,
  updateGuardian,
} from '../queries/guardians-admin';
import { IdSchema, VersionSchema } from '../schemas/common';
import { CprInputSchema, NameInputSchema, RelationInputSchema } from '../schemas/people-input';
import { GuardianSchema } from '../schemas/staff';
import { procedure } from '../trpc';

// Which fields changed, never their values: names and CPR numbers stay out of the audit log.
const changedFields = (input: Record<string, unknown>) =>
  Object.keys(input).filter((k) => k !== 'id' && k !== 'version' && input[k] !== undefined);

/** Custody holders and other parents of a child, and their portal access. */
export const guardiansRouter = {
  /** The parents of a child in the staff member's scope. */
  list: procedure
    .input(z.object({ childId: IdSchema }))
    .output(z.array(GuardianSchema))
    .query(async ({ ctx, input }) => {
      const rows = await listGuardians(ctx.db, ctx.user, input.childId);
      await ctx.audit({ action: 'read', entity: 'guardian', childId: input.childId });
      return rows;
    }),

  /** Records a parent; custody holders get portal access unless `portalAccess` says otherwise. */
  add: procedure
    .input(
      z.object({
        childId: IdSchema,
        name: NameInputSchema,
        relation: RelationInputSchema,
        custody: z.boolean(),
        portalAccess: z.boolean().optional(),
        cpr: CprInputSchema,
      }),
    )
    .output(GuardianSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const row = await addGuardian(tx, ctx.user, ctx.cprKey, input);
        await ctx.audit(
          {
            action: 'create',
            entity: 'guardian',
            entityId: row.id,
            childId: row.childId,
            criteria: { custody: row.custody, portalAccess: row.portalAccess },
          },
          tx,
        );
        return row;
      }),
    ),

  /** Edits a parent's record, e.g. grants or withdraws portal access; CONFLICT when stale. */
  update: procedure
    .input(
      z.object({
        id: IdSchema,
        version: VersionSchema,
        name: NameInputSchema.optional(),
        relation: RelationInputSchema.optional(),
        custody: z.boolean().optional(),
        portalAccess: z.boolean().optional(),
        cpr: CprInputSchema,
      }),
    )
    .output(GuardianSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const row = await updateGuardian(tx, ctx.user, ctx.cprKey, input);
        await ctx.audit(
          {
            action: 'update',
            entity: 'guardian',
            entityId: row.id,
            childId: row.childId,
            criteria: {
              changed: changedFields(input),
              custody: row.custody,
              portalAccess: row.portalAccess,
            },
          },
          tx,
        );
        return row;
      }),
    ),

  /** Removes a parent from the child; their portal access ends on their next request. */
  remove: procedure
    .input(z.object({ id: IdSchema, version: VersionSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const row = await removeGuardian(tx, ctx.user, input);
        await ctx.audit(
          { action: 'delete', entity: 'guardian', entityId: row.id, childId: row.childId },
          tx,
        );
        return { ok: true as const };
      }),
    ),
} satisfies TRPCRouterRecord;
