import { useMutation, useQuery } from '@tanstack/react-query';
import { FormField, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { useMe } from '../../auth/useMe';
import { todayIso } from '../../lib/dates';
import { localFieldError } from './intake-format';
import { intakeMessages } from './intake-messages';

interface Holder {
  name: string;
  relation: string;
  contact: string;
  hasCustody: boolean;
}

const emptyHolder = (): Holder => ({ name: '', relation: '', contact: '', hasCustody: true });

/** Props of {@link OpenCaseForm}. */
export interface OpenCaseFormProps {
  notificationId: string;
  notificationVersion: number;
  /** The registered child the notification is about, if any. */
  childId: string | null;
  name: string;
  birthDate: string;
  onOpened: (opened: { caseId: string; childId: string }) => void;
  onCancel: () => void;
}

/**
 * Opens a case for the new child of a notification: name, birth date, CPR number
 * (checked by the server against the birth date and against children already known),
 * district, custody holders and caseworker.
 */
export function OpenCaseForm(props: OpenCaseFormProps): ReactNode {
  const t = useT(intakeMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const { me } = useMe();
  const id = useId();
  const [name, setName] = useState(props.name);
  const [birthDate, setBirthDate] = useState(props.birthDate);
  const [cpr, setCpr] = useState('');
  const [district, setDistrict] = useState('');
  const [holders, setHolders] = useState<Holder[]>([emptyHolder(), emptyHolder()]);
  const [allowSimilar, setAllowSimilar] = useState(false);
  const overview = useQuery(trpc.caseload.overview.queryOptions({}));
  const [caseworkerId, setCaseworkerId] = useState(me?.caseworkerId ?? '');
  const open = useMutation(trpc.cases.open.mutationOptions());
  const error = open.error;
  const err = (field: string) => localFieldError(error, field, lang);
  const similar = Boolean(err('child.name'));
  const setHolder = (i: number, patch: Partial<Holder>) =>
    setHolders((list) => list.map((h, k) => (k === i ? { ...h, ...patch } : h)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const opened = await open
      .mutateAsync({
        child: props.childId
          ? { kind: 'existing', childId: props.childId }
          : {
              kind: 'new',
              name,
              birthDate,
              cpr,
              addressDistrict: district,
              custodyHolders: holders.filter((h) => h.name.trim() !== ''),
            },
        openedOn: todayIso(),
        caseworkerId,
        notificationId: props.notificationId,
        notificationVersion: props.notificationVersion,
        allowSimilar,
      })
      .catch(() => null);
    if (opened) props.onOpened(opened);
  };
  return (
    <form className="c-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1}>
        {t('open.title', { name: props.name })}
      </h3>
      {error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      <div className="c-form__row">
        <FormField label={t('new.childName')} required error={err('child.name')}>
          {(control) => (
            <input {...control} value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </FormField>
        <FormField label={t('new.birthDate')} required error={err('child.birthDate')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={birthDate}
              onChange={(e) => setBirthDate(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('open.cpr')} hint={t('open.cprHint')} error={err('child.cpr')}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              autoComplete="off"
              value={cpr}
              onChange={(e) => setCpr(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('open.district')}>
          {(control) => (
            <input {...control} value={district} onChange={(e) => setDistrict(e.target.value)} />
          )}
        </FormField>
      </div>
      {similar ? (
        <div className="c-filter c-filter--check">
          <input
            id={`${id}-similar`}
            type="checkbox"
            checked={allowSimilar}
            onChange={(e) => setAllowSimilar(e.target.checked)}
          />
          <label htmlFor={`${id}-similar`}>{t('open.allowSimilar')}</label>
        </div>
      ) : null}
      <fieldset className="c-form">
        <legend>{t('open.holders')}</legend>
        {holders.map((h, i) => {
          const n = i + 1;
          return (
            <div className="c-form__row" key={i}>
              <FormField label={t('open.holderName', { n })}>
                {(control) => (
                  <input
                    {...control}
                    value={h.name}
                    onChange={(e) => setHolder(i, { name: e.target.value })}
                  />
                )}
              </FormField>
              <FormField label={t('open.holderRelation', { n })}>
                {(control) => (
                  <input
                    {...control}
                    value={h.relation}
                    onChange={(e) => setHolder(i, { relation: e.target.value })}
                  />
                )}
              </FormField>
              <FormField label={t('open.holderContact', { n })}>
                {(control) => (
                  <input
                    {...control}
                    value={h.contact}
                    onChange={(e) => setHolder(i, { contact: e.target.value })}
                  />
                )}
              </FormField>
              <div className="c-filter c-filter--check">
                <input
                  id={`${id}-custody-${i}`}
                  type="checkbox"
                  checked={h.hasCustody}
                  onChange={(e) => setHolder(i, { hasCustody: e.target.checked })}
                />
                <label htmlFor={`${id}-custody-${i}`}>{t('open.holderCustody', { n })}</label>
              </div>
            </div>
          );
        })}
        <button
          type="button"
          className="tr-button"
          onClick={() => setHolders((l) => [...l, emptyHolder()])}
        >
          {t('open.addHolder')}
        </button>
      </fieldset>
      <FormField label={t('open.caseworker')} required error={err('caseworkerId')}>
        {(control) => (
          <select
            {...control}
            value={caseworkerId}
            onChange={(e) => setCaseworkerId(e.target.value)}
          >
            <option value="">–</option>
            {(overview.data?.caseworkers ?? []).map((c) => (
              <option key={c.caseworkerId} value={c.caseworkerId}>
                {c.name} ({c.team})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="c-actions">
        <button
          type="submit"
          className="tr-button tr-button--primary"
          disabled={open.isPending || !caseworkerId}
        >
          {t('open.submit')}
        </button>
        <button type="button" className="tr-button" onClick={props.onCancel}>
          {lang === 'da' ? 'Annuller' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
