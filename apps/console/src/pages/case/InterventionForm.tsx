import { useMutation } from '@tanstack/react-query';
import { FormField, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { fieldError, isConflict } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Intervention, StaircaseOutput } from '../../api/types';
import { todayIso } from '../../lib/dates';
import { CataloguePicker, nameOf } from './CataloguePicker';
import { DateField, InterventionFormFrame } from './InterventionFormFrame';
import { caseMessages } from './messages';

/** Props of {@link InterventionForm}. */
export interface InterventionFormProps {
  caseId: string;
  /** The case's current version (adds are guarded by it). */
  caseVersion: number;
  staircase: StaircaseOutput;
  /** The intervention to change; omit to add a new one. */
  existing?: Intervention;
  /** Reloads the case (after a save, or to get the other person's version). */
  reload: () => Promise<unknown>;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const rateText = (rate: number | null | undefined) => (rate == null ? '' : String(rate));

/**
 * Adds an intervention from the catalogue, or changes one. On a version conflict it
 * reloads the case and keeps everything typed, so the user can check and save again.
 */
export function InterventionForm({
  caseId,
  caseVersion,
  staircase,
  existing,
  reload,
  onDone,
  onCancel,
}: InterventionFormProps): ReactNode {
  const t = useT(caseMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const [code, setCode] = useState(existing?.code ?? '');
  const [startDate, setStartDate] = useState(existing?.startDate ?? todayIso());
  const [plannedEnd, setPlannedEnd] = useState(existing?.plannedEnd ?? '');
  const [provider, setProvider] = useState(existing?.provider ?? '');
  const [rate, setRate] = useState(rateText(existing?.dailyRate));
  const [conflict, setConflict] = useState(false);
  const onError = (error: unknown) => {
    if (isConflict(error)) {
      setConflict(true);
      void reload();
    }
  };
  const add = useMutation(trpc.interventions.add.mutationOptions({ onError }));
  const update = useMutation(trpc.interventions.update.mutationOptions({ onError }));
  const mutation = existing ? update : add;
  const pickCode = (next: string) => {
    setCode(next);
    const entry = staircase.interventions.find((e) => e.code === next);
    if (!existing && rate === '' && entry?.defaultDailyRate)
      setRate(String(entry.defaultDailyRate));
  };
  const submit = async () => {
    setConflict(false);
    const dailyRate = rate.trim() === '' ? null : Number(rate.replace(',', '.'));
    const fields = {
      code,
      startDate,
      plannedEnd: plannedEnd || null,
      provider,
      dailyRate: Number.isFinite(dailyRate) ? dailyRate : null,
    };
    if (existing) {
      await update.mutateAsync({ id: existing.id, version: existing.version, ...fields });
      await reload();
      onDone(t('changed'));
    } else {
      await add.mutateAsync({ caseId, caseVersion, ...fields });
      await reload();
      onDone(t('added'));
    }
  };
  const error = mutation.error;
  return (
    <InterventionFormFrame
      title={
        existing
          ? t('edit.title', { name: nameOf(staircase, existing.code, lang) })
          : t('add.title')
      }
      conflict={conflict}
      error={error}
      submitLabel={existing ? t('edit.submit') : t('add.submit')}
      pending={mutation.isPending}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <FormField label={t('catalogue')} required error={fieldError(error, 'code')}>
        {(control) => (
          <CataloguePicker
            control={control}
            staircase={staircase}
            value={code}
            onChange={pickCode}
          />
        )}
      </FormField>
      <div className="c-form__row">
        <DateField
          label={t('start')}
          required
          error={fieldError(error, 'startDate')}
          value={startDate}
          onChange={setStartDate}
        />
        <DateField
          label={t('plannedEnd')}
          error={fieldError(error, 'plannedEnd')}
          value={plannedEnd}
          onChange={setPlannedEnd}
        />
      </div>
      <div className="c-form__row">
        <FormField label={t('provider')} error={fieldError(error, 'provider')}>
          {(control) => (
            <input {...control} value={provider} onChange={(e) => setProvider(e.target.value)} />
          )}
        </FormField>
        <FormField
          label={t('dailyRate')}
          hint={t('dailyRateHint')}
          error={fieldError(error, 'dailyRate')}
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={rate}
              onChange={(e) => setRate(e.target.value)}
            />
          )}
        </FormField>
      </div>
    </InterventionFormFrame>
  );
}
