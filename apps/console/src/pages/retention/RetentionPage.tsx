import { useMutation, useQuery } from '@tanstack/react-query';
import { ConfirmDialog, DataTable, FormField, formatDate, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useEffect, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { retentionMessages } from './messages';

type Due = Outputs['retention']['preview']['cases'][number];

/** The municipality's retention policy, the dry run of the next deletion, and running it. */
export default function RetentionPage(): ReactNode {
  const t = useT(retentionMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const policy = useQuery(trpc.retention.policy.queryOptions());
  const preview = useQuery(trpc.retention.preview.queryOptions({}));
  const save = useMutation(trpc.retention.savePolicy.mutationOptions());
  const run = useMutation(trpc.retention.run.mutationOptions());
  const [years, setYears] = useState(5);
  const [mode, setMode] = useState<'delete' | 'anonymise'>('delete');
  const [age, setAge] = useState(15);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState('');
  usePageTitle(t('title'));
  useEffect(() => {
    if (!policy.data) return;
    setYears(policy.data.retentionYears);
    setMode(policy.data.mode);
    setAge(policy.data.youngPersonAccessAge);
  }, [policy.data]);
  const error = save.error ?? run.error;
  // A long run is a series of short batches, so the page can show how far it has come.
  const deleteAll = async (hashes: string[]) => {
    let removed = 0;
    try {
      for (;;) {
        setNotice(t('run.progress', { done: removed, total: hashes.length }));
        const batch = await run.mutateAsync({ caseHashes: hashes, batchSize: 25 });
        removed += batch.cases.length;
        if (batch.removed + batch.skipped === 0) break;
      }
      setNotice(t('run.done', { count: removed }));
    } finally {
      await preview.refetch();
    }
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {notice ? (
        <p className="c-alert" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      <section className="c-section" aria-labelledby="policy-title">
        <h2 id="policy-title">{t('policy.title')}</h2>
        <QueryState query={policy} loadingLabel={t('loading')}>
          {(p) => (
            <form
              className="c-form"
              onSubmit={(e) => {
                e.preventDefault();
                void save
                  .mutateAsync({
                    version: p.version,
                    retentionYears: years,
                    mode,
                    youngPersonAccessAge: age,
                  })
                  .then(async () => {
                    setNotice(t('saved'));
                    await Promise.all([policy.refetch(), preview.refetch()]);
                  })
                  .catch(() => {});
              }}
            >
              <p className="c-muted">
                {p.configuredAt
                  ? t('policy.configured', { date: formatDate(p.configuredAt, lang) })
                  : t('policy.default')}
              </p>
              <FormField label={t('years')} required>
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    min={1}
                    max={100}
                    step={1}
                    value={years}
                    onChange={(e) => setYears(Number(e.target.value))}
                  />
                )}
              </FormField>
              <FormField label={t('mode')} hint={t('modeHint')} required>
                {(control) => (
                  <select
                    {...control}
                    value={mode}
                    onChange={(e) => setMode(e.target.value as 'delete' | 'anonymise')}
                  >
                    <option value="delete">{t('mode.delete')}</option>
                    <option value="anonymise">{t('mode.anonymise')}</option>
                  </select>
                )}
              </FormField>
              <FormField label={t('age')} required>
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    min={10}
                    max={18}
                    step={1}
                    value={age}
                    onChange={(e) => setAge(Number(e.target.value))}
                  />
                )}
              </FormField>
              <button type="submit" className="tr-button tr-button--primary">
                {t('save')}
              </button>
            </form>
          )}
        </QueryState>
      </section>
      <section className="c-section" aria-labelledby="preview-title">
        <h2 id="preview-title">{t('preview.title')}</h2>
        <p>{t('preview.intro')}</p>
        <QueryState query={preview} loadingLabel={t('loading')}>
          {(r) =>
            r.cases.length === 0 ? (
              <p className="c-muted">{t('preview.empty')}</p>
            ) : (
              <>
                <p>{t('preview.count', { count: r.cases.length.toLocaleString('da-DK') })}</p>
                <p>
                  <button
                    type="button"
                    className="tr-button tr-button--danger"
                    onClick={() => setAsking(true)}
                  >
                    {t('run')}
                  </button>
                </p>
                <DataTable<Due>
                  caption={t('preview.title')}
                  rows={r.cases.slice(0, 200)}
                  rowKey={(c) => c.caseHash}
                  columns={[
                    {
                      key: 'hash',
                      header: t('preview.case'),
                      rowHeader: true,
                      cell: (c) => c.caseHash.slice(0, 12),
                    },
                    {
                      key: 'closed',
                      header: t('preview.closed'),
                      cell: (c) => formatDate(c.closedOn, lang, 'medium'),
                    },
                    {
                      key: 'from',
                      header: t('preview.from'),
                      cell: (c) => formatDate(c.removableFrom, lang, 'medium'),
                    },
                    { key: 'mode', header: t('preview.mode'), cell: (c) => t(`mode.${c.mode}`) },
                  ]}
                />
                <ConfirmDialog
                  open={asking}
                  title={t('run.title', { count: r.cases.length })}
                  confirmLabel={t('run.confirm')}
                  onConfirm={() => {
                    setAsking(false);
                    void deleteAll(r.cases.map((c) => c.caseHash)).catch(() => {});
                  }}
                  onCancel={() => setAsking(false)}
                >
                  <p>{t('run.body')}</p>
                </ConfirmDialog>
              </>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
