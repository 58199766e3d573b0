import type { trpcClient } from './client';

type Output<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

/** The logged-in user. */
export type Me = Output<typeof trpcClient.auth.me.query>;
/** Everything a parent may see about one child. */
export type ParentView = Output<typeof trpcClient.plans.parentView.query>;
/** One of the parent's children, for the "choose child" page. */
export type MyChild = Output<typeof trpcClient.plans.myChildren.query>[number];
/** A step of the municipality's staircase, as the API sends it. */
export type StepOutput = ParentView['steps'][number];
