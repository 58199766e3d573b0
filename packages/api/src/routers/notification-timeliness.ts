import { type Cell, shareOf, suppress } from '@trappen/kpi';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { type IntakeTimelinessRow, intakeTimelinessRows } from '../queries/kpi/intake-timeliness';
import { loadKpiScope } from '../queries/kpi/load-kpi-scope';
import { procedure } from '../trpc';
import { THRESHOLD } from './kpi-disclose';
import { CellSchema, ShareCellSchema } from './kpi-schemas';

const hidden: Cell = { suppressed: true };

/** A count and how many of it met the deadline, suppressed as one table (so late = total − on time cannot reveal a small cell). */
function onTime(total: number, within: number) {
  const table = suppress(
    { rows: ['all'], columns: ['within', 'late'], counts: [[within, total - within]] },
    { threshold: THRESHOLD },
  );
  const count = total === 0 ? { value: 0 } : table.total;
  const met = total === 0 ? { value: 0 } : (table.cells[0]?.[0] ?? hidden);
  return { count, within: met, share: shareOf(met, count) };
}

/** Disclosure control of the intake's clocks: Statistics Denmark's rule of 5, as the board. */
export function discloseTimeliness(rows: readonly IntakeTimelinessRow[], lastDay: string) {
  return rows.map((row) => {
    const assessed = onTime(row.notifications, row.assessedWithin24Hours);
    const concluded = onTime(row.childAssessmentsConcluded, row.concludedWithinDeadline);
    return {
      year: row.year,
      complete: `${row.year}-12-31` <= lastDay,
      notifications: assessed.count,
      assessedWithin24Hours: assessed.within,
      shareAssessedWithin24Hours: assessed.share,
      childAssessmentsConcluded: concluded.count,
      concludedWithinDeadline: concluded.within,
      shareConcludedWithinDeadline: concluded.share,
    };
  });
}

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
