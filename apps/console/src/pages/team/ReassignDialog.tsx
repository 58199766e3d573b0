import { useMutation } from '@tanstack/react-query';
import { ConfirmDialog, FormField, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { reassignMessages } from './reassign-messages';

/** Props of {@link ReassignDialog}. */
export interface ReassignDialogProps {
  caseId: string;
  version: number;
  childName: string;
  /** Who may take the case (the current caseworker already left out). */
  candidates: readonly { id: string; name: string }[];
  onDone: (message: string) => Promise<unknown> | undefined;
  onCancel: () => void;
}

/** Confirms moving a case to another caseworker, chosen in the dialog. */
export function ReassignDialog({
  caseId,
  version,
  childName,
  candidates,
  onDone,
  onCancel,
}: ReassignDialogProps): ReactNode {
  const t = useT(reassignMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const [to, setTo] = useState('');
  const [missing, setMissing] = useState(false);
  const reassign = useMutation(trpc.cases.reassign.mutationOptions());
  const confirm = async () => {
    if (!to) {
      setMissing(true);
      return;
    }
    const result = await reassign.mutateAsync({ caseId, caseworkerId: to, version });
    await onDone(t('done', { child: childName, name: result.caseworker.name }));
  };
  return (
    <ConfirmDialog
      open
      title={t('dialog.title')}
      confirmLabel={t('dialog.confirm')}
      destructive={false}
      onConfirm={() => void confirm().catch(() => {})}
      onCancel={onCancel}
    >
      <p>{t('dialog.body', { child: childName })}</p>
      <FormField
        label={t('dialog.to')}
        required
        error={missing && !to ? t('dialog.required') : undefined}
      >
        {(control) => (
          <select {...control} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('dialog.choose')}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {reassign.error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(reassign.error, lang)}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
