import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { passwordLoginOf, setPasswordLogin } from '../queries/login-settings';
import { createStaff } from '../queries/staff-create';
import { deactivateStaff } from '../queries/staff-deactivate';
import { listStaff } from '../queries/staff-list';
import { updateStaff } from '../queries/staff-update';
import { IdSchema, VersionSchema } from '../schemas/common';
import {
  EmailInputSchema,
  FteInputSchema,
  LeaveDateSchema,
  NameInputSchema,
} from '../schemas/people-input';
import { StaffMemberSchema, StaffRoleSchema } from '../schemas/staff';
import { procedure } from '../trpc';

/** Staff administration: accounts, roles, teams, FTE and leave, leavers. */
export const staffRouter = {
  /** The municipality's staff (a team leader: their own team). */
  list: procedure.output(z.array(StaffMemberSchema)).query(async ({ ctx }) => {
    const rows = await listStaff(ctx.db, ctx.user);
    await ctx.audit({ action: 'search', entity: 'staff', criteria: { count: rows.length } });
    return rows;
  }),

  /** Creates an account (no self-registration: OIDC logins match only accounts made here). */
  create: procedure
    .input(
      z.object({
        name: NameInputSchema,
        email: EmailInputSchema,
        role: StaffRoleSchema,
        teamId: IdSchema.nullable().optional(),
        fte: FteInputSchema.optional(),
        leaveFrom: LeaveDateSchema,
        leaveTo: LeaveDateSchema,
      }),
    )
    .output(StaffMemberSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const { id } = await createStaff(tx, ctx.user, input, ctx.today());
        await ctx.audit(
          { action: 'create', entity: 'staff', entityId: id, criteria: { role: input.role } },
          tx,
        );
        const [row] = await listStaff(tx, ctx.user, id);
        return row as z.infer<typeof StaffMemberSchema>;
      }),
    ),

  /** Edits an account; a team leader only FTE and leave in their own team. CONFLICT when stale. */
  update: procedure
    .input(
      z.object({
        id: IdSchema,
        version: VersionSchema,
        name: NameInputSchema.optional(),
        email: EmailInputSchema.optional(),
        role: StaffRoleSchema.optional(),
        teamId: IdSchema.nullable().optional(),
        fte: FteInputSchema.optional(),
        leaveFrom: LeaveDateSchema,
        leaveTo: LeaveDateSchema,
      }),
    )
    .output(StaffMemberSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const { changed } = await updateStaff(tx, ctx.user, input, ctx.today());
        await ctx.audit(
          { action: 'update', entity: 'staff', entityId: input.id, criteria: { changed } },
          tx,
        );
        const [row] = await listStaff(tx, ctx.user, input.id);
        return row as z.infer<typeof StaffMemberSchema>;
      }),
    ),

  /** Deactivates a leaver: sessions end at once; their open cases are listed for reassignment. */
  deactivate: procedure
    .input(z.object({ id: IdSchema, version: VersionSchema }))
    .output(
      z.object({
        openCases: z.array(
          z.object({ caseId: z.uuid(), childReference: z.string(), version: z.number().int() }),
        ),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const result = await deactivateStaff(tx, ctx.user, input, ctx.today());
        await ctx.audit(
          {
            action: 'update',
            entity: 'staff',
            entityId: input.id,
            criteria: { deactivated: true, openCases: result.openCases.length },
          },
          tx,
        );
        return result;
      }),
    ),

  /** Whether local passwords are accepted in the municipality. */
  loginSettings: procedure
    .output(z.object({ passwordLogin: z.boolean() }))
    .query(async ({ ctx }) => ({ passwordLogin: await passwordLoginOf(ctx.db, ctx.user) })),

  /** Turns local passwords on or off for the municipality (OIDC logins are not affected). */
  setPasswordLogin: procedure
    .input(z.object({ enabled: z.boolean() }))
    .output(z.object({ passwordLogin: z.boolean() }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        await setPasswordLogin(tx, ctx.user, input.enabled);
        await ctx.audit(
          { action: 'update', entity: 'loginSettings', criteria: { passwordLogin: input.enabled } },
          tx,
        );
        return { passwordLogin: input.enabled };
      }),
    ),
} satisfies TRPCRouterRecord;
