import { formatNumber, useLanguage, useT } from '@trappen/ui';
import { Fragment, type ReactNode } from 'react';
import type { Evaluation } from '../../api/types';
import { bcMessages } from './messages';

/** DKK as whole thousands, as the documents show them. */
export const thousands = (dkk: number, lang: 'da' | 'en'): string =>
  formatNumber(dkk / 1000, lang, 0);

/**
 * The evaluated business case as in DOMAIN.md §5.1: the lines per budget area with a
 * total per area, then the net and the cumulative net, per year, in 1,000 DKK.
 */
export function BusinessCaseTable({
  evaluation,
  caption,
  testId = 'business-case-table',
  scrolls = true,
}: {
  evaluation: Evaluation;
  /** The table's caption (default: the business case title). */
  caption?: string;
  /** Test id of the table (default `business-case-table`). */
  testId?: string;
  /** In a box of its own that scrolls sideways (default); `false` lets the table set its width. */
  scrolls?: boolean;
}): ReactNode {
  const t = useT(bcMessages);
  const { lang } = useLanguage();
  const years = evaluation.years;
  const cells = (values: readonly number[]) =>
    values.map((value, i) => (
      <td key={years[i]} className="tr-num">
        {thousands(value, lang)}
      </td>
    ));
  return (
    <div className={scrolls ? 'tr-table-wrap' : undefined}>
      <table className="tr-table c-money" data-testid={testId}>
        <caption>{caption ?? t('tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('line')}</th>
            <th scope="col">{t('area')}</th>
            {years.map((year) => (
              <th key={year} scope="col" className="tr-num">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {evaluation.budgetAreas.map((area) => (
            <Fragment key={area}>
              {evaluation.lines
                .filter((line) => line.budgetArea === area)
                .map((line) => (
                  <tr key={`${area}-${line.label}`}>
                    <th scope="row">{line.label}</th>
                    <td>{line.budgetArea}</td>
                    {cells(line.byYear)}
                  </tr>
                ))}
              <tr className="c-total">
                <th scope="row">{t('total', { area })}</th>
                <td />
                {cells(evaluation.byYear.map((y) => y.byBudgetArea[area] ?? 0))}
              </tr>
            </Fragment>
          ))}
          <tr className="c-total">
            <th scope="row">{t('net')}</th>
            <td />
            {cells(evaluation.byYear.map((y) => y.net))}
          </tr>
          <tr>
            <th scope="row">{t('cumulative')}</th>
            <td />
            {cells(evaluation.byYear.map((y) => y.cumulativeNet))}
          </tr>
        </tbody>
      </table>
      <p className="c-muted">{t('tableNote')}</p>
    </div>
  );
}
