import { DataTable, formatDate, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { CaseDetail, StaircaseOutput } from '../../api/types';
import { nameOf } from './CataloguePicker';
import { caseMessages } from './messages';

type FollowUp = CaseDetail['followUps'][number];

/** The case's recorded follow-ups, newest first. */
export function FollowUpsSection({
  detail,
  staircase,
}: {
  detail: CaseDetail;
  staircase: StaircaseOutput;
}): ReactNode {
  const t = useT(caseMessages);
  const { lang } = useLanguage();
  const codeOf = new Map(detail.interventions.map((i) => [i.id, i.code]));
  const rows = [...detail.followUps].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="c-section" aria-labelledby="followups-title" id="follow-ups">
      <h2 id="followups-title">{t('followUps.title')}</h2>
      <DataTable<FollowUp>
        caption={t('followUps.caption')}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('followUps.empty')}
        columns={[
          {
            key: 'date',
            header: t('date'),
            rowHeader: true,
            cell: (r) => formatDate(r.date, lang, 'medium'),
          },
          {
            key: 'intervention',
            header: t('intervention'),
            cell: (r) => {
              const code = r.interventionId ? codeOf.get(r.interventionId) : undefined;
              return code ? nameOf(staircase, code, lang) : '–';
            },
          },
          { key: 'outcome', header: t('outcome'), cell: (r) => t(`outcome.${r.outcome}`) },
          {
            key: 'heard',
            header: t('heard'),
            cell: (r) => (r.childHeard ? t('heardYes') : t('heardNo')),
          },
          {
            key: 'next',
            header: t('followUp.nextDate'),
            cell: (r) => (r.nextDate ? formatDate(r.nextDate, lang, 'medium') : '–'),
          },
          { key: 'note', header: t('note'), cell: (r) => r.note || '–' },
        ]}
      />
    </section>
  );
}
