import {
  DataTable,
  type DataTableColumn,
  formatDate,
  formatDKK,
  useLanguage,
  useT,
} from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import type { CaseDetail, Intervention, StaircaseOutput } from '../../api/types';
import { nameOf, rankOf } from './CataloguePicker';
import { EndDialog } from './EndDialog';
import { FollowUpForm } from './FollowUpForm';
import { InterventionForm } from './InterventionForm';
import { caseMessages } from './messages';

type Open = { kind: 'add' } | { kind: 'edit' | 'followUp' | 'end'; id: string } | null;

/** Props of {@link InterventionsSection}. */
export interface InterventionsSectionProps {
  detail: CaseDetail;
  staircase: StaircaseOutput;
  reload: () => Promise<unknown>;
}

/** The child's interventions with add, change, end and record-follow-up actions. */
export function InterventionsSection({
  detail,
  staircase,
  reload,
}: InterventionsSectionProps): ReactNode {
  const t = useT(caseMessages);
  const { lang } = useLanguage();
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState('');
  const rows = [...detail.interventions].sort(
    (a, b) =>
      Number(a.endDate !== null) - Number(b.endDate !== null) ||
      b.startDate.localeCompare(a.startDate),
  );
  const current = open && open.kind !== 'add' ? rows.find((r) => r.id === open.id) : undefined;
  const done = (message: string) => {
    setOpen(null);
    setStatus(message);
  };
  const start = (next: Open) => {
    setStatus('');
    setOpen(next);
  };
  const columns: DataTableColumn<Intervention>[] = [
    {
      key: 'name',
      header: t('intervention'),
      rowHeader: true,
      cell: (r) => (
        <>
          {nameOf(staircase, r.code, lang)}
          <span className="c-muted">{` · ${t('step')} ${rankOf(staircase, r.code)}`}</span>
        </>
      ),
    },
    { key: 'start', header: t('start'), cell: (r) => formatDate(r.startDate, lang, 'medium') },
    {
      key: 'end',
      header: t('end'),
      cell: (r) =>
        r.endDate ? (
          t('ended', { date: formatDate(r.endDate, lang, 'medium') })
        ) : (
          <span className="c-flag c-flag--ok">{t('active')}</span>
        ),
    },
    {
      key: 'plannedEnd',
      header: t('plannedEnd'),
      cell: (r) => (r.plannedEnd ? formatDate(r.plannedEnd, lang, 'medium') : '–'),
    },
    { key: 'provider', header: t('provider'), cell: (r) => r.provider || '–' },
    {
      key: 'rate',
      header: t('dailyRate'),
      align: 'end',
      cell: (r) => (r.dailyRate === null ? '–' : formatDKK(r.dailyRate, lang)),
    },
    {
      key: 'actions',
      header: t('actions'),
      cell: (r) => {
        const name = nameOf(staircase, r.code, lang);
        if (r.endDate !== null || detail.status === 'closed') return null;
        return (
          <span className="c-actions">
            <button
              type="button"
              className="tr-button tr-button--primary"
              aria-label={`${t('followUpAction')}: ${name}`}
              onClick={() => start({ kind: 'followUp', id: r.id })}
            >
              {t('followUpAction')}
            </button>
            <button
              type="button"
              className="tr-button"
              aria-label={`${t('change')}: ${name}`}
              onClick={() => start({ kind: 'edit', id: r.id })}
            >
              {t('change')}
            </button>
            <button
              type="button"
              className="tr-button"
              aria-label={`${t('endAction')}: ${name}`}
              onClick={() => start({ kind: 'end', id: r.id })}
            >
              {t('endAction')}
            </button>
          </span>
        );
      },
    },
  ];
  return (
    <section className="c-section" aria-labelledby="interventions-title" id="interventions">
      <div className="c-section__head">
        <h2 id="interventions-title">{t('interventions.title')}</h2>
        {detail.status === 'open' ? (
          <button type="button" className="tr-button" onClick={() => start({ kind: 'add' })}>
            {t('interventions.add')}
          </button>
        ) : null}
      </div>
      <p className="tr-visually-hidden" role="status">
        {status}
      </p>
      {status ? <p className="c-alert c-alert--ok">{status}</p> : null}
      {open?.kind === 'add' ? (
        <InterventionForm
          caseId={detail.caseId}
          caseVersion={detail.version}
          staircase={staircase}
          reload={reload}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'edit' && current ? (
        <InterventionForm
          key={current.id}
          caseId={detail.caseId}
          caseVersion={detail.version}
          staircase={staircase}
          existing={current}
          reload={reload}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'followUp' && current ? (
        <FollowUpForm
          key={current.id}
          intervention={current}
          staircase={staircase}
          reload={reload}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'end' && current ? (
        <EndDialog
          intervention={current}
          name={nameOf(staircase, current.code, lang)}
          reload={reload}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      <DataTable
        caption={t('interventions.caption')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('interventions.empty')}
      />
    </section>
  );
}
