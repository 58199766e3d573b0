import { POLICY, type PolicyPath, type PolicyRole, type Rule, SCOPE_BY_ROLE } from '../policy';

const COLUMNS: readonly [PolicyRole | 'anonymous', string][] = [
  ['caseworker', 'caseworker'],
  ['teamLeader', 'team leader'],
  ['administrator', 'administrator'],
  ['parent', 'parent'],
  ['councilMember', 'council'],
  ['anonymous', 'anonymous'],
];

/** What one caller reaches under a rule: its scope's word for them, ✓, or – (refused). */
function cell(rule: Rule, who: PolicyRole | 'anonymous'): string {
  const allowed = who !== 'anonymous' && rule.roles.includes(who);
  if (!allowed && !rule.open) return '–';
  const words = SCOPE_BY_ROLE[rule.scope];
  return (allowed ? words[who] : (words.anonymous ?? words[who])) ?? '✓';
}

/**
 * The README's procedure table, as Markdown, from the policy: one row per procedure,
 * with what each role reaches. The README test compares the README with it.
 */
export function procedureTable(): string {
  const head = `| procedure | what it does | ${COLUMNS.map(([, title]) => title).join(' | ')} |`;
  const rule = `| --- | --- | ${COLUMNS.map(() => '---').join(' | ')} |`;
  const rows = (Object.keys(POLICY) as PolicyPath[]).map((path) => {
    const r: Rule = POLICY[path];
    return `| \`${path}\` | ${r.summary} | ${COLUMNS.map(([who]) => cell(r, who)).join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}
