import { useQuery } from '@tanstack/react-query';
import { EmptyState, formatDate, useLanguage, useT } from '@trappen/ui';
import { type CSSProperties, type FormEvent, type ReactNode, useState } from 'react';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { QueryState } from '../../lib/QueryState';
import { BusinessCaseTable } from './BusinessCaseTable';
import { ComparisonTables } from './ComparisonTables';
import { compareMessages } from './compare-messages';
import { useBusinessCaseVersions } from './useBusinessCaseVersions';

type Version = Outputs['businessCases']['versions'][number];

// Side by side where they fit, one under the other where they do not (no scrolling boxes).
const SIDE_BY_SIDE: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '1.5rem' };
const SIDE: CSSProperties = { flex: '1 1 24rem' };

/**
 * "Compare versions": pick two saved versions of the business case and see the
 * difference per year (gross, net, cumulative net) and per line, and both evaluated
 * tables side by side.
 */
export function CompareSection({
  businessCaseId,
  currentVersion,
}: {
  businessCaseId: string;
  /** The live version; the list reloads when it changes. */
  currentVersion: number;
}): ReactNode {
  const t = useT(compareMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  // A save on this page makes a new version: list it without a page reload.
  const versions = useBusinessCaseVersions(businessCaseId, currentVersion);
  const [picked, setPicked] = useState<{ from: number; to: number } | null>(null);
  const [chosen, setChosen] = useState<{ from: number; to: number } | null>(null);
  const [sameError, setSameError] = useState(false);
  const comparison = useQuery({
    ...trpc.businessCases.compare.queryOptions({
      id: businessCaseId,
      from: chosen?.from ?? 1,
      to: chosen?.to ?? 1,
    }),
    enabled: chosen !== null,
  });
  const label = (v: Version) =>
    t('option', {
      version: v.version,
      by: v.changedBy ?? t('unknownUser'),
      at: formatDate(v.changedAt.slice(0, 10), lang, 'medium'),
    });
  return (
    <section className="c-section c-no-print" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('title')}</h2>
      <QueryState query={versions} loadingLabel={t('loading')}>
        {(list) => {
          if (list.length < 2) return <EmptyState title={t('onlyOne')} level={3} />;
          const pair = picked ?? {
            from: list[1]?.version ?? list[0]?.version ?? 1,
            to: list[0]?.version ?? 1,
          };
          const submit = (event: FormEvent) => {
            event.preventDefault();
            setSameError(pair.from === pair.to);
            if (pair.from !== pair.to) setChosen(pair);
          };
          const select = (key: 'from' | 'to', text: string, errorId?: string) => (
            <div className="tr-field">
              <label className="tr-field__label" htmlFor={`compare-${key}`}>
                {text}
              </label>
              <select
                id={`compare-${key}`}
                value={pair[key]}
                aria-invalid={sameError ? true : undefined}
                aria-describedby={sameError ? errorId : undefined}
                onChange={(e) => setPicked({ ...pair, [key]: Number(e.target.value) })}
              >
                {list.map((v) => (
                  <option key={v.version} value={v.version}>
                    {label(v)}
                  </option>
                ))}
              </select>
            </div>
          );
          return (
            <form onSubmit={submit} noValidate>
              <div className="c-grid-2">
                {select('from', t('from'), 'compare-same')}
                {select('to', t('to'), 'compare-same')}
              </div>
              {sameError ? (
                <p id="compare-same" className="tr-field__error" role="alert">
                  {t('same')}
                </p>
              ) : null}
              <div className="c-actions">
                <button type="submit" className="tr-button tr-button--primary">
                  {t('compare')}
                </button>
              </div>
            </form>
          );
        }}
      </QueryState>
      {chosen ? (
        <div data-testid="comparison">
          <QueryState query={comparison} loadingLabel={t('comparing')}>
            {(result) => (
              <>
                <p role="status">
                  {t('summary', {
                    from: result.from.version,
                    to: result.to.version,
                    years: result.byYear.filter((y) => y.changed).length,
                    total: result.byYear.length,
                    lines: result.lines.filter((l) => l.change !== 'unchanged').length,
                  })}
                </p>
                <ComparisonTables comparison={result} />
                <p className="c-muted">{t('note')}</p>
                <h3>{t('sideBySide')}</h3>
                <div style={SIDE_BY_SIDE}>
                  {[result.from, result.to].map((side) => (
                    <div key={side.version} style={SIDE}>
                      <BusinessCaseTable
                        evaluation={side.evaluation}
                        caption={t('versionTable', { version: side.version })}
                        testId={`version-table-${side.version}`}
                        scrolls={false}
                      />
                    </div>
                  ))}
                </div>
              </>
            )}
          </QueryState>
        </div>
      ) : null}
    </section>
  );
}
