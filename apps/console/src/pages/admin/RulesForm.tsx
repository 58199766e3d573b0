import { useMutation } from '@tanstack/react-query';
import { FormField, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { errorData, errorMessage, isConflict } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { AdminConflict } from './AdminConflict';
import { adminMessages } from './admin-messages';

/** Props of {@link RulesForm}. */
export interface RulesFormProps {
  version: number;
  caseloadNorm: { target: number; max: number };
  followUpRules: unknown;
  onSaved: (message: string) => Promise<unknown>;
  /** Loads the newest version after a conflict. */
  onReload: () => void;
}

/** Edits the caseload norm and follow-up rules; the API's issues show at their fields. */
export function RulesForm({
  version,
  caseloadNorm,
  followUpRules,
  onSaved,
  onReload,
}: RulesFormProps): ReactNode {
  const t = useT(adminMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const [target, setTarget] = useState(String(caseloadNorm.target));
  const [max, setMax] = useState(String(caseloadNorm.max));
  const [rulesText, setRulesText] = useState(
    followUpRules ? JSON.stringify(followUpRules, null, 2) : '',
  );
  const [jsonError, setJsonError] = useState('');
  const save = useMutation(trpc.adminConfig.saveRules.mutationOptions());
  const fields = errorData(save.error)?.fieldErrors ?? {};
  const under = (prefix: string) =>
    Object.entries(fields)
      .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
      .map(([key, messages]) => `${key.slice(prefix.length + 1) || prefix}: ${messages.join('; ')}`)
      .join(' · ');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let parsed: Record<string, unknown> | null = null;
    if (rulesText.trim()) {
      try {
        parsed = JSON.parse(rulesText) as Record<string, unknown>;
        setJsonError('');
      } catch (error) {
        setJsonError(t('badJson', { message: (error as Error).message }));
        return;
      }
    }
    const saved = await save.mutateAsync({
      version,
      caseloadNorm: { target: Number(target), max: Number(max) },
      followUpRules: parsed,
    });
    await onSaved(t('savedRefreshed', { version: saved.version, cases: saved.casesRefreshed }));
  };
  const first = (key: string) => fields[key]?.join('; ');
  return (
    <form onSubmit={(e) => void submit(e).catch(() => {})} noValidate>
      <div className="c-grid-2">
        <FormField label={t('target')} required error={first('caseloadNorm.target')}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('max')} required error={first('caseloadNorm.max')}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={max}
              onChange={(e) => setMax(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormField
        label={t('followUp')}
        hint={t('followUpHint')}
        error={jsonError || under('followUpRules') || undefined}
      >
        {(control) => (
          <textarea
            {...control}
            rows={8}
            className="c-code"
            value={rulesText}
            onChange={(e) => setRulesText(e.target.value)}
          />
        )}
      </FormField>
      {save.error && isConflict(save.error) ? (
        <AdminConflict kind="rules" since={version} onReload={onReload} />
      ) : save.error && Object.keys(fields).length === 0 ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(save.error, lang)}
        </p>
      ) : null}
      <div className="c-actions">
        <button type="submit" className="tr-button tr-button--primary" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
