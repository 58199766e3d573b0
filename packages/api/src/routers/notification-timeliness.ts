import { discloseTimeliness } from '@trappen/kpi';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { intakeTimelinessRows } from '../queries/kpi/intake-timeliness';
import { loadKpiScope } from '../queries/kpi/load-kpi-scope';
import { procedure } from '../trpc';
import { CellSchema, ShareCellSchema } from './kpi-schemas';

/** The intake's legal clocks as yearly aggregates, for the board and leaders. */
export const notificationTimelinessRouter = {
  /**
   * Per year: notifications received through intake and the share assessed within 24
   * hours; child assessments concluded and the share within their deadline.
   * Disclosure-controlled; never a single notification.
   */
  timeliness: procedure
    .output(
      z.array(
        z.object({
          year: z.number().int(),
          complete: z.boolean(),
          notifications: CellSchema,
          assessedWithin24Hours: CellSchema,
          shareAssessedWithin24Hours: ShareCellSchema,
          childAssessmentsConcluded: CellSchema,
          concludedWithinDeadline: CellSchema,
          shareConcludedWithinDeadline: ShareCellSchema,
        }),
      ),
    )
    .query(async ({ ctx }) => {
      const { scope } = await loadKpiScope(ctx.db, ctx.user.municipalityId, ctx.today());
      const rows = await intakeTimelinessRows(ctx.db, ctx.user.municipalityId, scope);
      return discloseTimeliness(rows, scope.lastDay);
    }),
} satisfies TRPCRouterRecord;
