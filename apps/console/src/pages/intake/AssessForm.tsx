import { useMutation } from '@tanstack/react-query';
import { FormField, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { errorMessage, isConflict } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import {
  danishInstant,
  localFieldError,
  localInputValue,
  OUTCOMES,
  type QueueNotification,
} from './intake-format';
import { intakeMessages } from './intake-messages';

/** Props of {@link AssessForm}. */
export interface AssessFormProps {
  notification: QueueNotification;
  onAssessed: (assessed: Outputs['notifications']['assess']) => void;
  onConflict: () => void;
  onCancel: () => void;
}

/** The 24-hour assessment: when, whether the child is in danger, the outcome and why. */
export function AssessForm({
  notification,
  onAssessed,
  onConflict,
  onCancel,
}: AssessFormProps): ReactNode {
  const t = useT(intakeMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const id = useId();
  const [assessedAt, setAssessedAt] = useState(localInputValue());
  const [danger, setDanger] = useState(false);
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('advice');
  const [reason, setReason] = useState('');
  const assess = useMutation(
    trpc.notifications.assess.mutationOptions({
      onError: (error) => {
        if (isConflict(error)) onConflict();
      },
    }),
  );
  const error = assess.error;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await assess
      .mutateAsync({
        notificationId: notification.id,
        version: notification.version,
        assessedAt: danishInstant(assessedAt),
        childInDanger: danger,
        outcome,
        reason,
      })
      .catch(() => null);
    if (done) onAssessed(done);
  };
  return (
    <form className="c-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1}>
        {t('assess.title', { name: notification.child.name })}
      </h3>
      {error ? (
        <p className="c-alert c-alert--error" role="alert">
          {isConflict(error) ? t('assess.conflict') : errorMessage(error, lang)}
        </p>
      ) : null}
      <FormField label={t('assess.at')} required error={localFieldError(error, 'assessedAt', lang)}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            value={assessedAt}
            onChange={(e) => setAssessedAt(e.target.value)}
          />
        )}
      </FormField>
      <fieldset className="c-radio-group">
        <legend>{t('assess.danger')}</legend>
        {([true, false] as const).map((value) => (
          <label key={String(value)} htmlFor={`${id}-danger-${value}`}>
            <input
              id={`${id}-danger-${value}`}
              type="radio"
              name={`${id}-danger`}
              checked={danger === value}
              onChange={() => setDanger(value)}
            />
            {value ? (lang === 'da' ? 'Ja' : 'Yes') : lang === 'da' ? 'Nej' : 'No'}
          </label>
        ))}
      </fieldset>
      <FormField label={t('assess.outcome')} required>
        {(control) => (
          <select
            {...control}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as (typeof OUTCOMES)[number])}
          >
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome.${o}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t('assess.reason')}
        required={outcome === 'noAction'}
        error={localFieldError(error, 'reason', lang)}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </FormField>
      <div className="c-actions">
        <button type="submit" className="tr-button tr-button--primary" disabled={assess.isPending}>
          {t('assess.submit')}
        </button>
        <button type="button" className="tr-button" onClick={onCancel}>
          {lang === 'da' ? 'Annuller' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
