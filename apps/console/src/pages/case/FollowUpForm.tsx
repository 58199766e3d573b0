import { useMutation } from '@tanstack/react-query';
import { FormField, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useId, useState } from 'react';
import { fieldError, isConflict } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Intervention, StaircaseOutput } from '../../api/types';
import { addDaysIso, todayIso } from '../../lib/dates';
import { CataloguePicker, nameOf, rankOf } from './CataloguePicker';
import { DateField, InterventionFormFrame } from './InterventionFormFrame';
import { caseMessages } from './messages';

type Outcome = 'continue' | 'stepDown' | 'stepUp' | 'end';
const OUTCOMES: readonly Outcome[] = ['continue', 'stepDown', 'stepUp', 'end'];

/** Props of {@link FollowUpForm}. */
export interface FollowUpFormProps {
  intervention: Intervention;
  staircase: StaircaseOutput;
  reload: () => Promise<unknown>;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Records a follow-up on an intervention: the outcome (continue, one step down or up
 * with the new intervention, or end), whether the child was heard, the next date.
 */
export function FollowUpForm({
  intervention,
  staircase,
  reload,
  onDone,
  onCancel,
}: FollowUpFormProps): ReactNode {
  const t = useT(caseMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const id = useId();
  const entry = staircase.interventions.find((e) => e.code === intervention.code);
  const today = todayIso();
  const [date, setDate] = useState(today);
  const [outcome, setOutcome] = useState<Outcome>('continue');
  const [childHeard, setChildHeard] = useState(false);
  const [nextDate, setNextDate] = useState(addDaysIso(today, entry?.followUpEveryDays ?? 91));
  const [note, setNote] = useState('');
  const [nextCode, setNextCode] = useState('');
  const [conflict, setConflict] = useState(false);
  const record = useMutation(
    trpc.followUps.record.mutationOptions({
      onError: (error) => {
        if (isConflict(error)) {
          setConflict(true);
          void reload();
        }
      },
    }),
  );
  const currentRank = rankOf(staircase, intervention.code);
  const moves = outcome === 'stepDown' || outcome === 'stepUp';
  const name = nameOf(staircase, intervention.code, lang);
  const submit = async () => {
    setConflict(false);
    await record.mutateAsync({
      interventionId: intervention.id,
      interventionVersion: intervention.version,
      date,
      outcome,
      childHeard,
      nextDate: outcome === 'end' || !nextDate ? null : nextDate,
      note,
      ...(moves && nextCode ? { next: { code: nextCode, provider: '' } } : {}),
    });
    await reload();
    onDone(t('followUp.saved'));
  };
  const error = record.error;
  return (
    <InterventionFormFrame
      title={t('followUp.title', { name })}
      conflict={conflict}
      error={error}
      submitLabel={t('followUp.submit')}
      pending={record.isPending}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="c-form__row">
        <DateField
          label={t('followUp.date')}
          required
          error={fieldError(error, 'date')}
          value={date}
          onChange={setDate}
        />
        {outcome !== 'end' ? (
          <DateField
            label={t('followUp.nextDate')}
            error={fieldError(error, 'nextDate')}
            value={nextDate}
            onChange={setNextDate}
          />
        ) : null}
      </div>
      <fieldset className="c-radio-group">
        <legend>{t('followUp.outcome')}</legend>
        {OUTCOMES.map((value) => (
          <label key={value} htmlFor={`${id}-${value}`}>
            <input
              id={`${id}-${value}`}
              type="radio"
              name={`${id}-outcome`}
              value={value}
              checked={outcome === value}
              onChange={() => {
                setOutcome(value);
                setNextCode('');
              }}
            />
            {t(`outcome.${value}`)}
          </label>
        ))}
      </fieldset>
      {moves ? (
        <FormField
          label={t('followUp.next')}
          required
          hint={t(outcome === 'stepDown' ? 'followUp.nextHintDown' : 'followUp.nextHintUp', {
            name,
          })}
          error={fieldError(error, 'next.code') ?? fieldError(error, 'next')}
        >
          {(control) => (
            <CataloguePicker
              control={control}
              staircase={staircase}
              value={nextCode}
              onChange={setNextCode}
              allowRank={(rank) =>
                outcome === 'stepDown' ? rank < currentRank : rank > currentRank
              }
            />
          )}
        </FormField>
      ) : null}
      <div className="c-filter--check c-filter">
        <input
          id={`${id}-heard`}
          type="checkbox"
          checked={childHeard}
          onChange={(e) => setChildHeard(e.target.checked)}
        />
        <label htmlFor={`${id}-heard`}>{t('followUp.heard')}</label>
      </div>
      <FormField label={t('followUp.note')} error={fieldError(error, 'note')}>
        {(control) => (
          <textarea {...control} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </FormField>
    </InterventionFormFrame>
  );
}
