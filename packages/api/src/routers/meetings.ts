import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  cancelMeeting,
  meetingsOfCase,
  moveMeeting,
  nextMeetingForGuardian,
  planMeeting,
} from '../queries/meetings';
import { DateInputSchema, IdSchema, textInput, VersionSchema } from '../schemas/common';
import { procedure } from '../trpc';

const TimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Skriv tiden som TT:MM / Write the time as HH:MM');

const MeetingSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  childId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  videoLink: z.string().nullable(),
  participants: z.array(
    z.object({ kind: z.enum(['custodyHolder', 'child', 'partner']), name: z.string() }),
  ),
  status: z.enum(['planned', 'cancelled', 'held']),
  version: z.number(),
});

const TimeAndPlace = z.object({
  date: DateInputSchema,
  startTime: TimeSchema,
  endTime: TimeSchema,
  place: textInput(200).pipe(z.string().min(1, 'Skriv hvor / Say where')),
  videoLink: z
    .url({ protocol: /^https$/ })
    .max(500)
    .nullable()
    .optional(),
  participants: z
    .array(
      z.object({
        kind: z.enum(['custodyHolder', 'child', 'partner']),
        name: textInput(200).pipe(z.string().min(1)),
      }),
    )
    .max(20)
    .default([]),
});

/** Meetings with the family: planned, moved and cancelled by staff; the next one for parents. */
export const meetingsRouter = {
  /** A case's meetings, newest first, with the parents' views written before each. */
  forCase: procedure
    .input(z.object({ caseId: IdSchema }))
    .output(
      z.array(
        MeetingSchema.extend({
          parentViews: z.array(z.object({ body: z.string(), createdAt: z.string() })),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      const rows = await meetingsOfCase(ctx.db, ctx.user, input.caseId);
      await ctx.audit({
        action: 'read',
        entity: 'meetings',
        entityId: input.caseId,
        childId: rows[0]?.childId ?? null,
      });
      return rows;
    }),
  /** Plans a meeting; the guardians are told (e-mail with a calendar file). */
  plan: procedure
    .input(TimeAndPlace.extend({ caseId: IdSchema }))
    .output(MeetingSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const meeting = await planMeeting(tx, ctx.user, input, ctx.today());
        await ctx.audit(
          { action: 'create', entity: 'meeting', entityId: meeting.id, childId: meeting.childId },
          tx,
        );
        return meeting;
      }),
    ),
  /** Moves a planned meeting (CONFLICT when it changed since `version`). */
  move: procedure
    .input(TimeAndPlace.extend({ meetingId: IdSchema, version: VersionSchema }))
    .output(MeetingSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const meeting = await moveMeeting(tx, ctx.user, input, ctx.today());
        await ctx.audit(
          { action: 'update', entity: 'meeting', entityId: meeting.id, childId: meeting.childId },
          tx,
        );
        return meeting;
      }),
    ),
  /** Cancels a planned meeting. */
  cancel: procedure
    .input(z.object({ meetingId: IdSchema, version: VersionSchema }))
    .output(MeetingSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const meeting = await cancelMeeting(tx, ctx.user, input);
        await ctx.audit(
          { action: 'update', entity: 'meeting', entityId: meeting.id, childId: meeting.childId },
          tx,
        );
        return meeting;
      }),
    ),
  /** The guardian's child's next planned meeting, with an .ics file; `null` when none. */
  next: procedure
    .input(z.object({ childId: IdSchema }))
    .output(MeetingSchema.extend({ ics: z.string() }).nullable())
    .query(async ({ ctx, input }) => {
      const meeting = await nextMeetingForGuardian(ctx.db, ctx.user, input.childId, ctx.today());
      await ctx.audit({
        action: 'read',
        entity: 'meeting',
        entityId: meeting?.id ?? input.childId,
        childId: input.childId,
      });
      return meeting;
    }),
} satisfies TRPCRouterRecord;
