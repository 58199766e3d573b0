import { useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useEffect, useId, useState } from 'react';
import type { StaircaseOutput } from '../../api/types';
import { useDebounced } from '../../lib/useDebounced';
import type { ListInput } from './list-params';
import { casesMessages } from './messages';

/** Props of {@link CaseFilters}. */
export interface CaseFiltersProps {
  input: ListInput;
  steps: StaircaseOutput['steps'];
  /** Whether to offer "my cases" versus everything in scope. */
  showScope: boolean;
  onChange: (patch: Partial<ListInput>) => void;
}

/** Search (as you type), scope, step, status and overdue filters for the case list. */
export function CaseFilters({ input, steps, showScope, onChange }: CaseFiltersProps): ReactNode {
  const t = useT(casesMessages);
  const { lang } = useLanguage();
  const id = useId();
  const [text, setText] = useState(input.search ?? '');
  const debounced = useDebounced(text, 300);
  useEffect(() => {
    if (debounced !== (input.search ?? '')) onChange({ search: debounced, page: 1 });
  }, [debounced, input.search, onChange]);
  return (
    <fieldset className="c-filters">
      <legend className="tr-visually-hidden">{t('filters')}</legend>
      <div className="c-filter c-filter--grow">
        <label htmlFor={`${id}-q`}>{t('search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {showScope ? (
        <div className="c-filter">
          <label htmlFor={`${id}-scope`}>{t('scope')}</label>
          <select
            id={`${id}-scope`}
            value={input.scope}
            onChange={(e) => onChange({ scope: e.target.value as 'mine' | 'scope', page: 1 })}
          >
            <option value="mine">{t('scope.mine')}</option>
            <option value="scope">{t('scope.scope')}</option>
          </select>
        </div>
      ) : null}
      <div className="c-filter">
        <label htmlFor={`${id}-step`}>{t('step')}</label>
        <select
          id={`${id}-step`}
          value={input.stepId ?? ''}
          onChange={(e) => onChange({ stepId: e.target.value || undefined, page: 1 })}
        >
          <option value="">{t('allSteps')}</option>
          {steps.map((step) => (
            <option key={step.id} value={step.id}>
              {`${step.rank}. ${step.name[lang]}`}
            </option>
          ))}
        </select>
      </div>
      <div className="c-filter">
        <label htmlFor={`${id}-status`}>{t('status')}</label>
        <select
          id={`${id}-status`}
          value={input.status}
          onChange={(e) => onChange({ status: e.target.value as 'open' | 'closed', page: 1 })}
        >
          <option value="open">{t('status.open')}</option>
          <option value="closed">{t('status.closed')}</option>
        </select>
      </div>
      <div className="c-filter c-filter--check">
        <input
          id={`${id}-overdue`}
          type="checkbox"
          checked={input.overdue === true}
          onChange={(e) => onChange({ overdue: e.target.checked ? true : undefined, page: 1 })}
        />
        <label htmlFor={`${id}-overdue`}>{t('overdueOnly')}</label>
      </div>
    </fieldset>
  );
}
