import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { createTeam, listTeams, renameTeam, retireTeam } from '../queries/teams-admin';
import { IdSchema, VersionSchema } from '../schemas/common';
import { NameInputSchema } from '../schemas/people-input';
import { TeamSchema } from '../schemas/staff';
import { procedure } from '../trpc';

const ok = z.object({ ok: z.literal(true) });

/** Teams: create, rename, retire. */
export const teamsRouter = {
  /** The municipality's teams with their active members, active first. */
  list: procedure.output(z.array(TeamSchema)).query(({ ctx }) => listTeams(ctx.db, ctx.user)),

  /** Creates a team. */
  create: procedure
    .input(z.object({ name: NameInputSchema }))
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const result = await createTeam(tx, ctx.user, input.name);
        await ctx.audit({ action: 'create', entity: 'team', entityId: result.id }, tx);
        return result;
      }),
    ),

  /** Renames an active team; CONFLICT when stale. */
  rename: procedure
    .input(z.object({ id: IdSchema, version: VersionSchema, name: NameInputSchema }))
    .output(ok)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        await renameTeam(tx, ctx.user, input);
        await ctx.audit(
          { action: 'update', entity: 'team', entityId: input.id, criteria: { changed: ['name'] } },
          tx,
        );
        return { ok: true as const };
      }),
    ),

  /** Retires a team without active members or open cases; CONFLICT when stale. */
  retire: procedure
    .input(z.object({ id: IdSchema, version: VersionSchema }))
    .output(ok)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        await retireTeam(tx, ctx.user, input);
        await ctx.audit(
          { action: 'update', entity: 'team', entityId: input.id, criteria: { retired: true } },
          tx,
        );
        return { ok: true as const };
      }),
    ),
} satisfies TRPCRouterRecord;
