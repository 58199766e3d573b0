import { caseloads, violations } from '@trappen/caseload';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { forbidden } from '../errors';
import { loadCaseloadInput } from '../queries/load-caseload-input';
import { loadStaircase } from '../queries/load-staircase';
import { IdSchema, LocalizedOutputSchema } from '../schemas/common';
import { procedure } from '../trpc';

const SummarySchema = z.object({
  team: z.string().nullable(),
  caseworkers: z.number(),
  onLeave: z.number(),
  availableFte: z.number(),
  children: z.number(),
  averagePerFte: z.number().nullable(),
  norm: z.object({ target: z.number(), max: z.number() }),
  status: z.string().nullable(),
  distribution: z.record(z.string(), z.number()),
});

/** Caseload against the norm, and what a leader must act on, via `@trappen/caseload`. */
export const caseloadRouter = {
  /**
   * The team's (or, for administrators, the municipality's or a chosen team's) caseload,
   * with violations under the municipality's saved norms and follow-up rules.
   */
  overview: procedure
    .input(z.object({ teamId: IdSchema.optional() }).default({}))
    .output(
      z.object({
        asOf: z.string(),
        caseworkers: z.array(
          z.object({
            caseworkerId: z.string(),
            name: z.string(),
            team: z.string(),
            fte: z.number(),
            onLeave: z.boolean(),
            children: z.number(),
            loadPerFte: z.number(),
            status: z.string(),
          }),
        ),
        teams: z.array(SummarySchema),
        total: SummarySchema,
        violations: z.array(
          z.object({
            kind: z.string(),
            severity: z.string(),
            childId: z.string().nullable(),
            caseworkerId: z.string().nullable(),
            dueDate: z.string().nullable(),
            daysOverdue: z.number().nullable(),
            explanation: LocalizedOutputSchema,
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const user = ctx.user;
      let teamId = input.teamId ?? null;
      if (user.role !== 'administrator') {
        if (teamId && teamId !== user.teamId) throw forbidden();
        teamId = user.teamId;
        if (!teamId) throw forbidden();
      }
      const asOf = ctx.today();
      const { data, names, norms, list } = await ctx.db.transaction(async (tx) => {
        const staircase = await loadStaircase(tx, user.municipalityId);
        const loaded = await loadCaseloadInput(tx, staircase, user.municipalityId, teamId);
        const found = violations(loaded.input, loaded.norms, loaded.followUpRules, asOf);
        // The violations name children: the overview is a search over their cases.
        const childIds = [...new Set(found.flatMap((v) => (v.childId ? [v.childId] : [])))];
        await ctx.audit(
          {
            action: 'search',
            entity: 'caseload',
            criteria: { teamId, asOf, violationCount: found.length, childIds },
          },
          tx,
        );
        return { data: loaded.input, names: loaded.names, norms: loaded.norms, list: found };
      });
      const report = caseloads(data, asOf, norms);
      const summary = (s: (typeof report.teams)[number]) => ({
        team: s.team,
        caseworkers: s.caseworkers,
        onLeave: s.onLeave,
        availableFte: s.availableFte,
        children: s.children,
        averagePerFte: s.averagePerFte,
        norm: { target: s.norm.target, max: s.norm.max },
        status: s.status,
        distribution: { ...s.distribution },
      });
      return {
        asOf: report.asOf,
        caseworkers: report.caseworkers.map((c) => ({
          caseworkerId: c.caseworkerId,
          name: names.get(c.caseworkerId) ?? '',
          team: c.team,
          fte: c.fte,
          onLeave: c.onLeave,
          children: c.children,
          loadPerFte: c.loadPerFte,
          status: c.status,
        })),
        teams: report.teams.map(summary),
        total: summary(report.municipality),
        violations: list.map((v) => ({
          kind: v.kind,
          severity: v.severity,
          childId: v.childId ?? null,
          caseworkerId: v.caseworkerId ?? null,
          dueDate: v.dueDate ?? null,
          daysOverdue: v.daysOverdue ?? null,
          explanation: v.explanation,
        })),
      };
    }),
} satisfies TRPCRouterRecord;
