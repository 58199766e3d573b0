import { useMutation, useQuery } from '@tanstack/react-query';
import { useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { errorMessage, isConflict } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { BusinessCaseDefinition } from '../../api/types';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { Link } from '../../router/Link';
import type { PageProps } from '../../router/routes';
import { BusinessCaseCharts } from './BusinessCaseCharts';
import { BusinessCaseTable } from './BusinessCaseTable';
import { CompareSection } from './CompareSection';
import { businessCaseCsv } from './csv';
import { download } from './download';
import { LineEditor, newLine } from './LineEditor';
import { bcMessages } from './messages';
import { NewerVersions } from './NewerVersions';
import { ScenarioSection } from './ScenarioSection';
import { useEvaluation } from './useEvaluation';

/** One business case: the evaluated table, charts, line editor, save, CSV and print. */
export default function BusinessCasePage({ params }: PageProps): ReactNode {
  const t = useT(bcMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const id = params.id ?? '';
  const query = useQuery(trpc.businessCases.get.queryOptions({ id }));
  const [draft, setDraft] = useState<BusinessCaseDefinition | null>(null);
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState(false);
  const live = useEvaluation(draft);
  const save = useMutation(
    trpc.businessCases.save.mutationOptions({
      onError: (error) => {
        if (isConflict(error)) {
          setConflict(true);
          void query.refetch();
        }
      },
    }),
  );
  usePageTitle(query.data?.name ?? t('title'));
  const doSave = async (version: number) => {
    if (!draft) return;
    setStatus('');
    const saved = await save.mutateAsync({ id, version, definition: draft });
    await query.refetch();
    setDraft(null);
    setConflict(false);
    setBaseVersion(null);
    setStatus(t('saved', { version: saved.version }));
  };
  return (
    <>
      <p className="c-no-print">
        <Link to="/business-cases">{`← ${t('back')}`}</Link>
      </p>
      <QueryState query={query} loadingLabel={t('loading')}>
        {(bc) => {
          const definition = draft ?? (bc.definition as BusinessCaseDefinition);
          const evaluation = draft && live.data ? live.data : bc.evaluation;
          const years = bc.evaluation.years;
          const change = (next: BusinessCaseDefinition) => {
            if (!draft) setBaseVersion(bc.version);
            setDraft(next);
          };
          return (
            <>
              <div className="c-page-head">
                <h1>{bc.name}</h1>
                <div className="c-actions c-no-print">
                  <button
                    type="button"
                    className="tr-button"
                    aria-expanded={editing}
                    onClick={() => setEditing(!editing)}
                  >
                    {editing ? t('stopEdit') : t('edit')}
                  </button>
                  <button
                    type="button"
                    className="tr-button"
                    onClick={() =>
                      download(`business-case-${bc.version}.csv`, businessCaseCsv(evaluation))
                    }
                  >
                    {t('csv')}
                  </button>
                  <Link className="tr-button" to={`/business-cases/${id}/print`}>
                    {t('print')}
                  </Link>
                </div>
              </div>
              <p>
                {`${t('version')} ${bc.version}. `}
                {evaluation.paybackYear
                  ? t('payback', { year: evaluation.paybackYear })
                  : t('noPayback')}
              </p>
              <p className="tr-visually-hidden" role="status">
                {status}
              </p>
              {status ? <p className="c-alert c-alert--ok">{status}</p> : null}
              {draft ? <p className="c-alert">{t('unsaved')}</p> : null}
              {draft && live.error ? (
                <p className="c-alert c-alert--error" role="alert">
                  {t('invalid', { message: errorMessage(live.error, lang) })}
                </p>
              ) : null}
              {conflict ? (
                <div className="c-conflict" role="alert">
                  <p>{t('conflict')}</p>
                  <NewerVersions businessCaseId={bc.id} since={baseVersion ?? bc.version} />
                  <div className="c-actions">
                    <button
                      type="button"
                      className="tr-button tr-button--primary"
                      onClick={() => void doSave(bc.version).catch(() => {})}
                    >
                      {t('keepMine')}
                    </button>
                    <button
                      type="button"
                      className="tr-button"
                      onClick={() => {
                        setDraft(null);
                        setConflict(false);
                      }}
                    >
                      {t('reloadTheirs')}
                    </button>
                  </div>
                </div>
              ) : save.error ? (
                <p className="c-alert c-alert--error" role="alert">
                  {errorMessage(save.error, lang)}
                </p>
              ) : null}
              <BusinessCaseTable evaluation={evaluation} />
              <BusinessCaseCharts evaluation={evaluation} />
              <ScenarioSection businessCaseId={bc.id} />
              <CompareSection businessCaseId={bc.id} currentVersion={bc.version} />
              {editing ? (
                <section className="c-section c-no-print" aria-labelledby="lines-title">
                  <h2 id="lines-title">{t('edit')}</h2>
                  {definition.lines.map((line, index) => (
                    <LineEditor
                      // Lines have no ids; position is identity while editing.
                      key={index}
                      line={line}
                      years={years}
                      onChange={(next) =>
                        change({
                          ...definition,
                          lines: definition.lines.map((l, i) => (i === index ? next : l)),
                        })
                      }
                      onRemove={() =>
                        change({
                          ...definition,
                          lines: definition.lines.filter((_, i) => i !== index),
                        })
                      }
                    />
                  ))}
                  <div className="c-actions">
                    <button
                      type="button"
                      className="tr-button"
                      onClick={() =>
                        change({
                          ...definition,
                          lines: [
                            ...definition.lines,
                            newLine(
                              'amounts',
                              { label: t('line.new'), budgetArea: 'SO16', kind: 'investment' },
                              years,
                            ),
                          ],
                        })
                      }
                    >
                      {t('line.add')}
                    </button>
                    <button
                      type="button"
                      className="tr-button tr-button--primary"
                      disabled={!draft || save.isPending || conflict}
                      onClick={() => void doSave(baseVersion ?? bc.version).catch(() => {})}
                    >
                      {t('save')}
                    </button>
                  </div>
                </section>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
