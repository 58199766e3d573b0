import { useQuery } from '@tanstack/react-query';
import { LoadingState, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { errorData, errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { thousands } from './BusinessCaseTable';
import { ScenarioResults } from './ScenarioResults';
import {
  DEFAULT_DRAFT,
  limitsOf,
  RANGE_PARTS,
  SCENARIO_FIELDS,
  type ScenarioAssumptions,
  type ScenarioDraft,
  type ScenarioErrors,
  toAssumptions,
} from './scenario-form';
import { scenarioMessages } from './scenario-messages';

/** The flow-model scenario: assumptions form, then bands, payback and tornado. */
export function ScenarioSection({ businessCaseId }: { businessCaseId: string }): ReactNode {
  const t = useT(scenarioMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const [draft, setDraft] = useState<ScenarioDraft>(DEFAULT_DRAFT);
  const [errors, setErrors] = useState<ScenarioErrors>({});
  const [submitted, setSubmitted] = useState<ScenarioAssumptions | null>(null);
  const query = useQuery({
    ...trpc.businessCases.scenario.queryOptions({
      businessCaseId,
      ...(submitted ?? DEFAULT_ASSUMPTIONS),
    }),
    enabled: submitted !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const serverErrors = errorData(query.error)?.fieldErrors ?? {};
  const run = (event: FormEvent) => {
    event.preventDefault();
    const checked = toAssumptions(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSubmitted(checked.value);
  };
  const staff = query.data?.staffCostPerYear;
  return (
    <section className="c-section c-no-print" aria-labelledby="scenario-title">
      <h2 id="scenario-title">{t('title')}</h2>
      <p>{t('intro', { draws: '2.000' })}</p>
      <form onSubmit={run} noValidate>
        <table className="tr-table">
          <caption>{t('form.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assumption')}</th>
              {RANGE_PARTS.map((part) => (
                <th key={part} scope="col">
                  {t(part)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SCENARIO_FIELDS.map((field) => (
              <tr key={field}>
                <th scope="row" id={`scenario-${field}`}>
                  {t(field)}
                  {field === 'staffCostPerYear' && staff ? (
                    <small className="c-hint">
                      {' '}
                      {t('staffHint', {
                        low: thousands(staff.low, lang),
                        high: thousands(staff.high, lang),
                      })}
                    </small>
                  ) : null}
                </th>
                {RANGE_PARTS.map((part) => {
                  const key = `${field}.${part}` as const;
                  const error = errors[key];
                  const server = serverErrors[key]?.[0];
                  const [min, max] = limitsOf(field);
                  const message = error ? t(`error.${error as 'required'}`, { min, max }) : server;
                  const id = `scenario-${field}-${part}`;
                  return (
                    <td key={part}>
                      <input
                        id={id}
                        inputMode="decimal"
                        aria-label={`${t(field)}: ${t(part)}`}
                        aria-invalid={message ? true : undefined}
                        aria-describedby={message ? `${id}-error` : undefined}
                        value={draft[field][part]}
                        size={8}
                        onChange={(e) =>
                          setDraft({
                            ...draft,
                            [field]: { ...draft[field], [part]: e.target.value },
                          })
                        }
                      />
                      {message ? (
                        <span id={`${id}-error`} className="tr-field__error">
                          {message}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="c-actions">
          <button
            type="submit"
            className="tr-button tr-button--primary"
            disabled={query.isFetching}
          >
            {t('run')}
          </button>
        </div>
      </form>
      {query.isFetching ? <LoadingState label={t('running')} /> : null}
      {query.error && Object.keys(serverErrors).length === 0 ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(query.error, lang)}
        </p>
      ) : null}
      {query.data && !query.isFetching ? <ScenarioResults result={query.data} /> : null}
    </section>
  );
}

const zero = { low: 0, likely: 0, high: 0 };
// Only a placeholder for the disabled query's key before the first run.
const DEFAULT_ASSUMPTIONS: ScenarioAssumptions = {
  stepDown: zero,
  stepUp: zero,
  placementInflow: zero,
  rampUpMonths: zero,
};
