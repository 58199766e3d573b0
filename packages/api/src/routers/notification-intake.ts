import type { Database } from '@trappen/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { SessionUser } from '../auth/session-user';
import { notFound } from '../errors';
import { assessNotification } from '../queries/assess-notification';
import { caseNotifications } from '../queries/case-notifications';
import {
  loadNotifications,
  NOTIFICATION_FILTERS,
  type NotificationView,
} from '../queries/load-notifications';
import { markReceiptSent } from '../queries/mark-receipt-sent';
import { receiveNotification } from '../queries/receive-notification';
import { DateInputSchema, IdSchema, VersionSchema } from '../schemas/common';
import {
  AssessNotificationInputSchema,
  NotificationSchema,
  ReceiveNotificationInputSchema,
} from '../schemas/intake';
import { procedure } from '../trpc';

const notification = { da: 'underretningen', en: 'the notification' };

async function one(
  db: Database,
  user: SessionUser,
  id: string,
  now: Date,
): Promise<NotificationView> {
  const [view] = await loadNotifications(db, user, NOTIFICATION_FILTERS.byId(id), now, 1);
  if (!view) throw notFound(notification);
  return view;
}

/**
 * Notification intake for the staff on duty (caseworkers and team leaders): receive,
 * the queue by time left, the 24-hour assessment and the receipt. Parents and council
 * members never reach these procedures (a parent never learns who notified).
 */
export const notificationIntakeRouter = {
  /** Registers a notification; its 24-hour clock and any receipt deadline start now. */
  receive: procedure
    .input(ReceiveNotificationInputSchema)
    .output(NotificationSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const now = ctx.now();
        const created = await receiveNotification(tx, ctx.user, input, now);
        await ctx.audit(
          {
            action: 'create',
            entity: 'notification',
            entityId: created.id,
            childId: created.childId,
            criteria: { source: input.source, violenceOrAbuse: input.violenceOrAbuse },
          },
          tx,
        );
        return one(tx, ctx.user, created.id, now);
      }),
    ),

  /**
   * The intake queue: notifications awaiting assessment (least time left first) and
   * assessed ones whose receipt to a professional is not yet sent.
   */
  queue: procedure
    .output(
      z.object({
        awaitingAssessment: z.array(NotificationSchema),
        awaitingReceipt: z.array(NotificationSchema),
      }),
    )
    .query(({ ctx }) =>
      ctx.db.transaction(async (tx) => {
        const now = ctx.now();
        const awaitingAssessment = await loadNotifications(
          tx,
          ctx.user,
          NOTIFICATION_FILTERS.awaitingAssessment,
          now,
        );
        const awaitingReceipt = await loadNotifications(
          tx,
          ctx.user,
          NOTIFICATION_FILTERS.awaitingReceipt,
          now,
        );
        await ctx.audit(
          {
            action: 'read',
            entity: 'notification',
            criteria: {
              list: 'queue',
              resultCount: awaitingAssessment.length + awaitingReceipt.length,
            },
          },
          tx,
        );
        return { awaitingAssessment, awaitingReceipt };
      }),
    ),

  /** The notifications linked to a case or about its child (repeated ones included). */
  forCase: procedure
    .input(z.object({ caseId: IdSchema }))
    .output(z.array(NotificationSchema))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const found = await caseNotifications(tx, ctx.user, input.caseId, ctx.now());
        await ctx.audit(
          {
            action: 'read',
            entity: 'notification',
            entityId: input.caseId,
            childId: found.childId,
            criteria: { list: 'case', resultCount: found.items.length },
          },
          tx,
        );
        return found.items;
      }),
    ),

  /** Records the 24-hour assessment; a second assessor of the same version gets CONFLICT. */
  assess: procedure
    .input(AssessNotificationInputSchema)
    .output(NotificationSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const now = ctx.now();
        const done = await assessNotification(tx, ctx.user, input, now);
        await ctx.audit(
          {
            action: 'update',
            entity: 'notification',
            entityId: done.id,
            childId: done.childId,
            criteria: { outcome: input.outcome, childInDanger: input.childInDanger },
          },
          tx,
        );
        return one(tx, ctx.user, done.id, now);
      }),
    ),

  /** Marks the receipt to the professional reporter as sent. */
  markReceiptSent: procedure
    .input(z.object({ notificationId: IdSchema, version: VersionSchema, sentOn: DateInputSchema }))
    .output(NotificationSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const done = await markReceiptSent(tx, ctx.user, input, ctx.today());
        await ctx.audit(
          {
            action: 'update',
            entity: 'notification',
            entityId: done.id,
            childId: done.childId,
            criteria: { receiptSentOn: input.sentOn },
          },
          tx,
        );
        return one(tx, ctx.user, done.id, ctx.now());
      }),
    ),
} satisfies TRPCRouterRecord;
