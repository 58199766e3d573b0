import type { AppRouter } from '@trappen/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** Outputs of every procedure, e.g. `Outputs['cases']['get']`. */
export type Outputs = inferRouterOutputs<AppRouter>;
/** Inputs of every procedure. */
export type Inputs = inferRouterInputs<AppRouter>;

/** The logged-in user. */
export type Me = Outputs['auth']['me'];
/** A user's role. */
export type Role = Me['role'];
/** The case page's data. */
export type CaseDetail = Outputs['cases']['get'];
/** One intervention on a case. */
export type Intervention = CaseDetail['interventions'][number];
/** The action plan draft. */
export type Plan = NonNullable<CaseDetail['plan']>;
/** The municipality's staircase as the API sends it. */
export type StaircaseOutput = Outputs['staircase']['get'];
/** One catalogue entry. */
export type CatalogueEntry = StaircaseOutput['interventions'][number];
/** A business case definition (lines by year and budget area). */
export type BusinessCaseDefinition = Inputs['businessCases']['save']['definition'];
/** A business case line. */
export type BusinessCaseLine = BusinessCaseDefinition['lines'][number];
/** The evaluated business case. */
export type Evaluation = Outputs['businessCases']['evaluate'];
