import { useMutation } from '@tanstack/react-query';
import { ConfirmDialog, FormField, formatDate, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Intervention } from '../../api/types';
import { todayIso } from '../../lib/dates';
import { caseMessages } from './messages';

/** Props of {@link EndDialog}. */
export interface EndDialogProps {
  intervention: Intervention;
  name: string;
  reload: () => Promise<unknown>;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Confirms ending an intervention on a chosen last day (a destructive action). */
export function EndDialog({
  intervention,
  name,
  reload,
  onDone,
  onCancel,
}: EndDialogProps): ReactNode {
  const t = useT(caseMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const [endDate, setEndDate] = useState(todayIso());
  const end = useMutation(trpc.interventions.end.mutationOptions());
  const confirm = async () => {
    await end.mutateAsync({ id: intervention.id, version: intervention.version, endDate });
    await reload();
    onDone(t('endedOk'));
  };
  return (
    <ConfirmDialog
      open
      title={t('end.title')}
      confirmLabel={t('end.confirm')}
      onConfirm={() => void confirm().catch(() => {})}
      onCancel={onCancel}
    >
      <p>{t('end.body', { name, date: formatDate(endDate, lang) })}</p>
      <FormField label={t('end.date')} required>
        {(control) => (
          <input
            {...control}
            type="date"
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
          />
        )}
      </FormField>
      {end.error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(end.error, lang)}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
