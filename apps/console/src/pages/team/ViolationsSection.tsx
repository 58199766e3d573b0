import { DataTable, formatDate, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Outputs } from '../../api/types';
import { Link } from '../../router/Link';
import { teamMessages } from './messages';
import { useChildCases } from './useChildCases';

type Overview = Outputs['caseload']['overview'];
type Violation = Overview['violations'][number];

// The API's explanations name the child by id; the row already names the child.
const withoutIds = (text: string, lang: 'da' | 'en') =>
  text
    .replace(/\b(barn|child) [0-9a-f]{8}-[0-9a-f-]{27}\b/gi, (_m, word: string) => {
      const the = lang === 'da' ? 'barnet' : 'the child';
      return word[0] === word[0]?.toUpperCase() ? the[0]?.toUpperCase() + the.slice(1) : the;
    })
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '');

/** Caseload violations and overdue deadlines, each linking to the case it is about. */
export function ViolationsSection({
  violations,
  caseworkers,
}: {
  violations: Overview['violations'];
  caseworkers: Overview['caseworkers'];
}): ReactNode {
  const t = useT(teamMessages);
  const { lang } = useLanguage();
  const cases = useChildCases();
  const names = new Map(caseworkers.map((c) => [c.caseworkerId, c.name]));
  const rows = [...violations].sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
  return (
    <section className="c-section" aria-labelledby="violations-title">
      <div className="c-section__head">
        <h2 id="violations-title">{t('violations.title')}</h2>
        <span>{t('violations.count', { count: rows.length })}</span>
      </div>
      <DataTable<Violation>
        caption={t('violations.caption')}
        captionHidden
        rows={rows.slice(0, 50)}
        rowKey={(r) => `${r.kind}-${r.childId ?? ''}-${r.caseworkerId ?? ''}-${r.dueDate ?? ''}`}
        empty={t('violations.empty')}
        columns={[
          {
            key: 'what',
            header: t('violations.what'),
            rowHeader: true,
            cell: (r) => {
              const target = r.childId ? cases.data?.get(r.childId) : undefined;
              if (target) return <Link to={`/cases/${target.caseId}`}>{target.name}</Link>;
              return r.caseworkerId ? (names.get(r.caseworkerId) ?? '–') : '–';
            },
          },
          {
            key: 'kind',
            header: t('violations.kind'),
            cell: (r) => withoutIds(r.explanation[lang], lang),
          },
          {
            key: 'due',
            header: t('violations.due'),
            cell: (r) => (r.dueDate ? formatDate(r.dueDate, lang, 'medium') : '–'),
          },
          {
            key: 'days',
            header: t('violations.days'),
            align: 'end',
            cell: (r) =>
              r.daysOverdue === null ? (
                '–'
              ) : (
                <span className="c-flag c-flag--danger">{r.daysOverdue}</span>
              ),
          },
        ]}
      />
    </section>
  );
}
