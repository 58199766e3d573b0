import { useMutation } from '@tanstack/react-query';
import { useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { errorData, errorMessage, isConflict } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { AdminConflict } from './AdminConflict';
import { adminMessages } from './admin-messages';

type StepDraft = { name: { da: string; en: string }; maxStayMonths?: number } & Record<
  string,
  unknown
>;
type Definition = { steps: StepDraft[] } & Record<string, unknown>;

/** Props of {@link StaircaseForm}. */
export interface StaircaseFormProps {
  version: number;
  definition: unknown;
  onSaved: (message: string) => Promise<unknown>;
  /** Loads the newest version after a conflict. */
  onReload: () => void;
}

/**
 * Edits the steps' names and maximum stay; the whole definition is re-validated by
 * `defineStaircase` on the server and each issue is shown at its step's field.
 */
export function StaircaseForm({
  version,
  definition,
  onSaved,
  onReload,
}: StaircaseFormProps): ReactNode {
  const t = useT(adminMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const [draft, setDraft] = useState<Definition>(() => structuredClone(definition) as Definition);
  const save = useMutation(trpc.adminConfig.saveStaircase.mutationOptions());
  const fields = errorData(save.error)?.fieldErrors ?? {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save.mutateAsync({ version, definition: draft });
    await onSaved(t('savedRefreshed', { version: saved.version, cases: saved.casesRefreshed }));
  };
  const update = (index: number, change: (step: StepDraft) => StepDraft) =>
    setDraft({
      ...draft,
      steps: draft.steps.map((step, i) => (i === index ? change(step) : step)),
    });
  const input = (index: number, key: 'da' | 'en' | 'maxStayMonths', label: string) => {
    const step = draft.steps[index] as StepDraft;
    const path =
      key === 'maxStayMonths'
        ? `definition.steps.${index}.maxStayMonths`
        : `definition.steps.${index}.name.${key}`;
    const error = fields[path]?.join('; ');
    const id = `step-${index}-${key}`;
    return (
      <td>
        <input
          id={id}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          inputMode={key === 'maxStayMonths' ? 'numeric' : undefined}
          size={key === 'maxStayMonths' ? 4 : 30}
          value={key === 'maxStayMonths' ? String(step.maxStayMonths ?? '') : step.name[key]}
          onChange={(e) =>
            update(index, (s) =>
              key === 'maxStayMonths'
                ? { ...s, maxStayMonths: Number(e.target.value) }
                : { ...s, name: { ...s.name, [key]: e.target.value } },
            )
          }
        />
        {error ? (
          <span id={`${id}-error`} className="tr-field__error">
            {error}
          </span>
        ) : null}
      </td>
    );
  };
  return (
    <form onSubmit={(e) => void submit(e).catch(() => {})} noValidate>
      <table className="tr-table">
        <caption>{t('editSteps')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rank')}</th>
            <th scope="col">{t('nameDa')}</th>
            <th scope="col">{t('nameEn')}</th>
            <th scope="col">{t('maxStay')}</th>
          </tr>
        </thead>
        <tbody>
          {draft.steps.map((step, index) => (
            <tr key={String(step.id ?? index)}>
              <th scope="row">{String(step.rank ?? index + 1)}</th>
              {input(index, 'da', `${t('nameDa')} ${index + 1}`)}
              {input(index, 'en', `${t('nameEn')} ${index + 1}`)}
              {input(index, 'maxStayMonths', `${t('maxStay')} ${index + 1}`)}
            </tr>
          ))}
        </tbody>
      </table>
      {save.error && isConflict(save.error) ? (
        <AdminConflict kind="staircase" since={version} onReload={onReload} />
      ) : save.error &&
        Object.keys(fields).filter((k) => k.startsWith('definition.steps.')).length === 0 ? (
        <p className="c-alert c-alert--error" role="alert">
          {[
            errorMessage(save.error, lang),
            ...Object.entries(fields).map(([k, m]) => `${k}: ${m.join('; ')}`),
          ].join(' ')}
        </p>
      ) : null}
      <div className="c-actions">
        <button type="submit" className="tr-button tr-button--primary" disabled={save.isPending}>
          {t('saveStaircase')}
        </button>
      </div>
    </form>
  );
}
