import { FormField, useLanguage, useT } from '@trappen/ui';
import type { FormEvent, ReactNode } from 'react';
import { errorMessage } from '../../api/errors';
import { common } from '../../i18n/common';
import { ConflictNotice } from './ConflictNotice';
import { caseMessages } from './messages';

/** Props of {@link InterventionFormFrame}. */
export interface InterventionFormFrameProps {
  title: string;
  /** Someone else changed the intervention since it was loaded. */
  conflict: boolean;
  /** The last failed save, shown above the fields unless it was a conflict. */
  error: unknown;
  submitLabel: string;
  pending: boolean;
  onSubmit: () => Promise<unknown>;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame every intervention form on the case page shares: heading, the conflict
 * notice or the error, the fields, and save / cancel. A failed save stays on screen
 * with everything typed, so nothing is lost.
 */
export function InterventionFormFrame({
  title,
  conflict,
  error,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
  children,
}: InterventionFormFrameProps): ReactNode {
  const t = useT(caseMessages);
  const tc = useT(common);
  const { lang } = useLanguage();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The mutation's own state carries the error into `error`; nothing to do here.
    void onSubmit().catch(() => {});
  };
  return (
    <form className="c-form" aria-label={title} onSubmit={submit}>
      <h3>{title}</h3>
      {conflict ? (
        <ConflictNotice title={t('conflict.interventionTitle')}>
          <p>{t('conflict.interventionBody')}</p>
        </ConflictNotice>
      ) : error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      {children}
      <div className="c-actions">
        <button type="submit" className="tr-button tr-button--primary" disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className="tr-button" onClick={onCancel}>
          {tc('cancel')}
        </button>
      </div>
    </form>
  );
}

/** Props of {@link DateField}. */
export interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
}

/** A labelled ISO date input with its field error. */
export function DateField({ label, value, onChange, error, required }: DateFieldProps): ReactNode {
  return (
    <FormField label={label} required={required} error={error}>
      {(control) => (
        <input {...control} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </FormField>
  );
}
