import { KPI_DEFINITIONS } from '@trappen/kpi';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { boardMunicipality } from '../queries/kpi/board-access';
import { computeKpis } from '../queries/kpi/compute-kpis';
import { loadKpiScope } from '../queries/kpi/load-kpi-scope';
import { savingsComparison } from '../queries/kpi/savings';
import { loadStaircase } from '../queries/load-staircase';
import { publicProcedure } from '../trpc';
import { disclose, THRESHOLD } from './kpi-disclose';
import { KpiBoardSchema } from './kpi-schemas';

/**
 * The council's KPI board: every figure of `@trappen/kpi` computed in SQL per year and
 * quarter, disclosure-controlled on the server. Council members and staff see their
 * own municipality; anyone sees a municipality whose board is public (by `municipalityCode`).
 */
export const kpiRouter = {
  /** The whole board for one municipality. */
  board: publicProcedure
    .input(z.object({ municipalityCode: z.string().trim().min(1).max(16).optional() }).default({}))
    .output(KpiBoardSchema)
    .query(async ({ ctx, input }) => {
      const { municipalityId, isPublic } = await boardMunicipality(
        ctx.db,
        ctx.user,
        input.municipalityCode,
      );
      const loaded = await loadKpiScope(ctx.db, municipalityId, ctx.today());
      const staircase = await loadStaircase(ctx.db, municipalityId);
      const raw = await computeKpis(ctx.db, loaded.scope, loaded.norms);
      const savings = await savingsComparison(
        ctx.db,
        municipalityId,
        staircase,
        loaded.reformStart,
        loaded.scope.lastDay,
      );
      const published = disclose(raw, {
        ranks: staircase.steps.map((s) => s.rank).sort((a, b) => a - b),
        teamNames: new Map(loaded.teams.map((t) => [t.id, t.name])),
        norms: {
          target: loaded.norms.municipality.target,
          max: loaded.norms.municipality.max,
          teams: loaded.norms.teams,
        },
      });
      return {
        municipality: {
          name: loaded.name,
          code: loaded.code,
          reformStart: loaded.reformStart,
          isPublic,
        },
        lastDay: loaded.scope.lastDay,
        threshold: THRESHOLD,
        periods: raw.periods,
        definitions: Object.fromEntries(
          Object.entries(KPI_DEFINITIONS).map(([id, d]) => [
            id,
            { name: d.name, definition: d.definition, source: d.source },
          ]),
        ),
        steps: [...staircase.steps]
          .sort((a, b) => a.rank - b.rank)
          .map((s) => ({ rank: s.rank, id: s.id, name: { da: s.name.da, en: s.name.en } })),
        ...published,
        savings,
      };
    }),
} satisfies TRPCRouterRecord;
