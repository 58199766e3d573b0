import { useLanguage, useT } from '@trappen/ui';
import type { CSSProperties, ReactNode } from 'react';
import type { Outputs } from '../../api/types';
import { thousands } from './BusinessCaseTable';
import { compareMessages } from './compare-messages';

type Comparison = Outputs['businessCases']['compare'];
type Figures = Comparison['totals']['from'];
type Figure = 'gross' | 'net' | 'cumulativeNet';

const FIGURES: readonly Figure[] = ['gross', 'net', 'cumulativeNet'];
// Colour only backs up the words "Ændret"/"Changed" and the arrows; it is never the only signal.
const CHANGED: CSSProperties = { background: 'var(--tr-color-highlight, #fff4c2)' };

/** A signed difference in thousands with an arrow: "▲ +300", "▼ −1.200" or "0". */
function Delta({ value }: { value: number }): ReactNode {
  const { lang } = useLanguage();
  if (value === 0) return <>{thousands(0, lang)}</>;
  const text = thousands(value, lang);
  return (
    <strong>
      <span aria-hidden="true">{value > 0 ? '▲ ' : '▼ '}</span>
      {value > 0 ? `+${text}` : text}
    </strong>
  );
}

/**
 * The two difference tables of a comparison: per year (gross, net and cumulative net
 * in each version and their difference) and per line (new, removed, changed, unchanged).
 */
export function ComparisonTables({ comparison }: { comparison: Comparison }): ReactNode {
  const t = useT(compareMessages);
  const { lang } = useLanguage();
  const from = comparison.from.version;
  const to = comparison.to.version;
  const names: Record<Figure, string> = {
    gross: t('gross'),
    net: t('net'),
    cumulativeNet: t('cumulative'),
  };
  const value = (figures: Figures | null, figure: Figure) =>
    figures ? thousands(figures[figure], lang) : t('missing');
  const figureCells = (a: Figures | null, b: Figures | null, d: Figures) =>
    FIGURES.flatMap((figure) => [
      <td key={`${figure}-a`} className="tr-num">
        {value(a, figure)}
      </td>,
      <td key={`${figure}-b`} className="tr-num">
        {value(b, figure)}
      </td>,
      <td key={`${figure}-d`} className="tr-num">
        <Delta value={d[figure]} />
      </td>,
    ]);
  const lineValue = (v: number | null) => (v === null ? t('missing') : thousands(v, lang));

  return (
    <>
      {/* No scrolling box of their own: the page scrolls, and no unfocusable region traps keyboards. */}
      <div>
        <table className="tr-table c-money" data-testid="compare-by-year">
          <caption>{t('byYear', { from, to })}</caption>
          <thead>
            <tr>
              <td />
              {FIGURES.map((figure) => (
                <th key={figure} scope="colgroup" colSpan={3} className="tr-num">
                  {names[figure]}
                </th>
              ))}
              <td />
            </tr>
            <tr>
              <th scope="col">{t('year')}</th>
              {FIGURES.flatMap((figure) => [
                <th key={`${figure}-a`} scope="col" className="tr-num">
                  <span className="tr-visually-hidden">{`${names[figure]}, `}</span>
                  {t('version', { version: from })}
                </th>,
                <th key={`${figure}-b`} scope="col" className="tr-num">
                  <span className="tr-visually-hidden">{`${names[figure]}, `}</span>
                  {t('version', { version: to })}
                </th>,
                <th key={`${figure}-d`} scope="col" className="tr-num">
                  <span className="tr-visually-hidden">{`${names[figure]}, `}</span>
                  {t('diff')}
                </th>,
              ])}
              <th scope="col">{t('changed')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.byYear.map((row) => (
              <tr key={row.year} style={row.changed ? CHANGED : undefined}>
                <th scope="row">{row.year}</th>
                {figureCells(row.from, row.to, row.difference)}
                <td>{row.changed ? <strong>{t('yes')}</strong> : t('no')}</td>
              </tr>
            ))}
            <tr className="c-total">
              <th scope="row">{t('total')}</th>
              {figureCells(
                comparison.totals.from,
                comparison.totals.to,
                comparison.totals.difference,
              )}
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      <div>
        <table className="tr-table c-money" data-testid="compare-by-line">
          <caption>{t('byLine', { from, to })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('line')}</th>
              <th scope="col">{t('area')}</th>
              <th scope="col">{t('change')}</th>
              {comparison.years.map((year) => (
                <th key={year} scope="col" className="tr-num">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.lines.map((line, index) => {
              const changed = line.change !== 'unchanged';
              return (
                <tr
                  // Labels may repeat within an area; the server's order is stable.
                  key={`${line.budgetArea}-${line.label}-${index}`}
                  style={changed ? CHANGED : undefined}
                >
                  <th scope="row">{line.label}</th>
                  <td>{line.budgetArea}</td>
                  <td>
                    {changed ? (
                      <strong>{t(`change.${line.change}`)}</strong>
                    ) : (
                      t('change.unchanged')
                    )}
                  </td>
                  {comparison.years.map((year, i) => {
                    const a = line.from[i] ?? null;
                    const b = line.to[i] ?? null;
                    const d = line.difference[i] ?? 0;
                    return (
                      <td key={year} className="tr-num">
                        {a === b ? (
                          lineValue(b)
                        ) : (
                          <>
                            {`${lineValue(a)} → ${lineValue(b)} `}
                            <Delta value={d} />
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
