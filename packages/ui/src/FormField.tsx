import { type ReactNode, useId } from 'react';
import { cx } from './cx';
import { useT } from './i18n/LanguageProvider';

/** Props of {@link FieldError}. */
export interface FieldErrorProps {
  /** Id referenced by the control's `aria-describedby`. */
  id: string;
  /** The message, e.g. "Skriv en dato som 31.12.2025". */
  children: ReactNode;
}

/** An error message under a form control, prefixed "Fejl:" so it is not colour alone. */
export function FieldError({ id, children }: FieldErrorProps): ReactNode {
  const t = useT();
  return (
    <p id={id} className="tr-field__error">
      <strong>{`${t('field.error')}: `}</strong>
      {children}
    </p>
  );
}

/** The attributes {@link FormField} hands to its control. */
export interface FieldControlProps {
  /** The control's id, matching the label's `htmlFor`. */
  id: string;
  /** Ids of the hint and error, when present. */
  'aria-describedby': string | undefined;
  /** `true` while there is an error. */
  'aria-invalid': boolean | undefined;
  /** Whether the field is required. */
  required: boolean | undefined;
}

/** Props of {@link FormField}. */
export interface FormFieldProps {
  /** The visible label. */
  label: string;
  /** Help shown under the label, e.g. the expected format. */
  hint?: ReactNode;
  /** The current error, if any; `null`/`undefined` when valid. */
  error?: ReactNode;
  /** Marks the field as required (in the label text too, not only with `*`). */
  required?: boolean;
  /** Renders the control with the ids and ARIA attributes it needs. */
  children: (control: FieldControlProps) => ReactNode;
  /** Extra class. */
  className?: string;
}

/**
 * A labelled form field: label, optional hint and error, with the control wired up
 * through `aria-describedby` and `aria-invalid`.
 *
 * @example
 * ```tsx
 * <FormField label="Formål" hint="Hvad skal indsatsen føre til?" error={errors.purpose}>
 *   {(control) => <textarea {...control} value={purpose} onChange={…} />}
 * </FormField>
 * ```
 */
export function FormField({
  label,
  hint,
  error,
  required,
  children,
  className,
}: FormFieldProps): ReactNode {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = error !== null && error !== undefined && error !== false && error !== '';
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={cx('tr-field', hasError && 'tr-field--invalid', className)}>
      <label htmlFor={id} className="tr-field__label">
        {label}
        {required ? (
          <span className="tr-field__required">{` (${t('field.required')})`}</span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="tr-field__hint">
          {hint}
        </p>
      ) : null}
      {hasError ? <FieldError id={errorId}>{error}</FieldError> : null}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': hasError || undefined,
        required: required || undefined,
      })}
    </div>
  );
}
