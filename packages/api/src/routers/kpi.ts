import { addDays } from '@trappen/staircase';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { boardMunicipality } from '../queries/kpi/board-access';
import { cachedBoard } from '../queries/kpi/board-cache';
import { openProcedure } from '../trpc';
import { computeBoard } from './kpi-board';
import { KpiBoardSchema } from './kpi-schemas';

const StoredBoardSchema = KpiBoardSchema.omit({ computedAt: true, upToDate: true });

/**
 * The council's KPI board: every figure of `@trappen/kpi` computed in SQL per year and
 * quarter, disclosure-controlled on the server. Council members and staff see their
 * own municipality; anyone sees a municipality whose board is public (by `municipalityCode`).
 */
export const kpiRouter = {
  /**
   * The whole board for one municipality, computed once per data version and day and
   * shared by every caller; it says when it was computed and whether newer data is
   * still being computed.
   */
  board: openProcedure
    .input(z.object({ municipalityCode: z.string().trim().min(1).max(16).optional() }).default({}))
    .output(KpiBoardSchema)
    .query(async ({ ctx, input }) => {
      const { municipalityId, isPublic } = await boardMunicipality(
        ctx.db,
        ctx.user,
        input.municipalityCode,
      );
      const today = ctx.today();
      const answer = await cachedBoard(
        ctx.db,
        municipalityId,
        addDays(today, -1),
        () => computeBoard(ctx.db, municipalityId, today),
        undefined,
        (board) => StoredBoardSchema.safeParse(board).success,
      );
      return {
        ...answer.board,
        municipality: { ...answer.board.municipality, isPublic },
        computedAt: answer.computedAt,
        upToDate: answer.upToDate,
      };
    }),
} satisfies TRPCRouterRecord;
