import { FormField, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { fieldError } from '../../api/errors';
import { caseMessages } from './messages';
import type { PlanDraft } from './plan-draft';

/** Props of {@link PlanFields}. */
export interface PlanFieldsProps {
  draft: PlanDraft;
  onChange: (draft: PlanDraft) => void;
  error: unknown;
}

/** The plan's fields: purpose, a list of goals, and the time frame. */
export function PlanFields({ draft, onChange, error }: PlanFieldsProps): ReactNode {
  const t = useT(caseMessages);
  const set = (patch: Partial<PlanDraft>) => onChange({ ...draft, ...patch });
  const setGoal = (index: number, value: string) =>
    set({ goals: draft.goals.map((g, i) => (i === index ? value : g)) });
  return (
    <>
      <FormField
        label={t('plan.purpose')}
        hint={t('plan.purposeHint')}
        required
        error={fieldError(error, 'purpose')}
      >
        {(control) => (
          <textarea
            {...control}
            value={draft.purpose}
            onChange={(e) => set({ purpose: e.target.value })}
          />
        )}
      </FormField>
      <fieldset className="c-radio-group">
        <legend>{t('plan.goals')}</legend>
        <ol className="c-goals c-list">
          {draft.goals.map((goal, index) => (
            // Goals have no ids; their position is their identity while editing.
            <li key={index}>
              <input
                aria-label={t('plan.goal', { n: index + 1 })}
                value={goal}
                onChange={(e) => setGoal(index, e.target.value)}
              />
              {draft.goals.length > 1 ? (
                <button
                  type="button"
                  className="tr-button"
                  onClick={() => set({ goals: draft.goals.filter((_, i) => i !== index) })}
                >
                  {t('plan.removeGoal', { n: index + 1 })}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {fieldError(error, 'goals') ? (
          <p className="tr-field__error">{fieldError(error, 'goals')}</p>
        ) : null}
        <button
          type="button"
          className="tr-button"
          onClick={() => set({ goals: [...draft.goals, ''] })}
        >
          {t('plan.addGoal')}
        </button>
      </fieldset>
      <div className="c-form__row">
        <FormField label={t('plan.from')} required error={fieldError(error, 'timeFrameFrom')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.timeFrameFrom}
              onChange={(e) => set({ timeFrameFrom: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('plan.to')} required error={fieldError(error, 'timeFrameTo')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.timeFrameTo}
              onChange={(e) => set({ timeFrameTo: e.target.value })}
            />
          )}
        </FormField>
      </div>
    </>
  );
}
