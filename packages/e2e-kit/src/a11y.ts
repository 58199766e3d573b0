import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 AA rule tags the portal and board must pass. */
export const WCAG21AA_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's impact levels, least to most severe. */
export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/** Options of {@link checkA11y}. */
export interface A11yOptions {
  /** axe rule tags to run; default {@link WCAG21AA_TAGS}. */
  tags?: readonly string[];
  /** Only report violations of these impacts; default all (the portal allows none). */
  impacts?: readonly Impact[];
  /** CSS selectors to limit the check to. */
  include?: readonly string[];
  /** CSS selectors to leave out. */
  exclude?: readonly string[];
}

/** One accessibility violation, trimmed to what a failing test should print. */
export interface A11yViolation {
  /** axe rule id, e.g. `color-contrast`. */
  id: string;
  /** Severity. */
  impact: Impact | null;
  /** What the rule requires. */
  help: string;
  /** Link to the rule's documentation. */
  helpUrl: string;
  /** CSS selectors of the failing elements with axe's fix summary for each. */
  nodes: { target: string; summary: string }[];
}

/** Result of {@link checkA11y}. */
export interface A11yResult {
  /** The violations (after the impact filter). */
  violations: A11yViolation[];
  /** A readable report, empty when there are no violations; use it as an assertion message. */
  message: string;
}

/**
 * Runs axe-core on the page and returns the violations with a readable message.
 *
 * @example
 * ```ts
 * const { violations, message } = await checkA11y(page);
 * expect(violations, message).toEqual([]);
 * ```
 */
export async function checkA11y(page: Page, options: A11yOptions = {}): Promise<A11yResult> {
  let builder = new AxeBuilder({ page }).withTags([...(options.tags ?? WCAG21AA_TAGS)]);
  for (const selector of options.include ?? []) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const impacts = options.impacts;
  const violations: A11yViolation[] = results.violations
    .filter((v) => !impacts || (v.impact != null && impacts.includes(v.impact)))
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: n.failureSummary ?? '',
      })),
    }));
  return { violations, message: formatViolations(page.url(), violations) };
}

/** Formats violations as an indented list, one block per rule. */
export function formatViolations(url: string, violations: readonly A11yViolation[]): string {
  if (violations.length === 0) return '';
  const blocks = violations.map((v) => {
    const nodes = v.nodes
      .map((n) => `    at ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`)
      .join('\n');
    return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n    ${v.helpUrl}\n${nodes}`;
  });
  return `${violations.length} accessibility violation(s) on ${url}:\n${blocks.join('\n')}`;
}
