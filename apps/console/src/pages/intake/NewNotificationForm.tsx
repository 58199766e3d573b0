import { useMutation } from '@tanstack/react-query';
import { FormField, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import {
  danishInstant,
  formatInstant,
  localFieldError,
  localInputValue,
  SOURCES,
} from './intake-format';
import { intakeMessages } from './intake-messages';

type Match = Outputs['children']['search'][number];

/** Props of {@link NewNotificationForm}. */
export interface NewNotificationFormProps {
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * Registers a notification of concern: when it came, from whom, about which child (a
 * known child found by name, or a new one), the concern and whether it is about violence
 * or abuse. The 24-hour clock starts at the time received.
 */
export function NewNotificationForm({ onSaved, onCancel }: NewNotificationFormProps): ReactNode {
  const t = useT(intakeMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const id = useId();
  const [receivedAt, setReceivedAt] = useState(localInputValue());
  const [source, setSource] = useState<(typeof SOURCES)[number]>('school');
  const [reporterName, setReporterName] = useState('');
  const [reporterContact, setReporterContact] = useState('');
  const [professional, setProfessional] = useState(true);
  const [childKind, setChildKind] = useState<'existing' | 'new'>('new');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Match | null>(null);
  const [childName, setChildName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [concern, setConcern] = useState('');
  const [violence, setViolence] = useState(false);
  const search = useMutation(trpc.children.search.mutationOptions());
  const receive = useMutation(trpc.notifications.receive.mutationOptions());
  const error = receive.error;
  const err = (field: string) => localFieldError(error, field, lang);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await receive
      .mutateAsync({
        receivedAt: danishInstant(receivedAt),
        source,
        reporter:
          source === 'anonymous'
            ? null
            : { name: reporterName, contact: reporterContact, professional },
        child:
          childKind === 'existing' && picked
            ? { kind: 'existing', childId: picked.childId }
            : { kind: 'new', name: childName, birthDate },
        concern,
        violenceOrAbuse: violence,
      })
      .catch(() => null);
    if (saved) onSaved(t('new.saved', { deadline: formatInstant(saved.clock.deadline, lang) }));
  };
  return (
    <form className="c-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {t('new.title')}
      </h2>
      {error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      <div className="c-form__row">
        <FormField label={t('new.receivedAt')} required error={err('receivedAt')}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={receivedAt}
              onChange={(e) => setReceivedAt(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('new.source')} required error={err('source')}>
          {(control) => (
            <select
              {...control}
              value={source}
              onChange={(e) => setSource(e.target.value as (typeof SOURCES)[number])}
            >
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`source.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {source !== 'anonymous' ? (
        <div className="c-form__row">
          <FormField label={t('new.reporterName')}>
            {(control) => (
              <input
                {...control}
                value={reporterName}
                onChange={(e) => setReporterName(e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('new.reporterContact')}>
            {(control) => (
              <input
                {...control}
                value={reporterContact}
                onChange={(e) => setReporterContact(e.target.value)}
              />
            )}
          </FormField>
          <div className="c-filter c-filter--check">
            <input
              id={`${id}-professional`}
              type="checkbox"
              checked={professional}
              onChange={(e) => setProfessional(e.target.checked)}
            />
            <label htmlFor={`${id}-professional`}>{t('new.professional')}</label>
          </div>
        </div>
      ) : null}
      <fieldset className="c-radio-group">
        <legend>{t('new.childKind')}</legend>
        {(['new', 'existing'] as const).map((kind) => (
          <label key={kind} htmlFor={`${id}-${kind}`}>
            <input
              id={`${id}-${kind}`}
              type="radio"
              name={`${id}-child`}
              checked={childKind === kind}
              onChange={() => setChildKind(kind)}
            />
            {t(kind === 'new' ? 'new.childNew' : 'new.childExisting')}
          </label>
        ))}
      </fieldset>
      {childKind === 'existing' ? (
        <div>
          <div className="c-form__row">
            <FormField label={t('new.search')} error={err('child.childId')}>
              {(control) => (
                <input {...control} value={query} onChange={(e) => setQuery(e.target.value)} />
              )}
            </FormField>
            <button
              type="button"
              className="tr-button"
              onClick={() => search.mutate({ name: query })}
              disabled={query.trim() === ''}
            >
              {t('new.searchButton')}
            </button>
          </div>
          {picked ? (
            <p>{t('new.picked', { name: picked.name, reference: picked.reference })}</p>
          ) : null}
          {search.data && search.data.length === 0 ? <p>{t('new.noMatches')}</p> : null}
          {search.data && search.data.length > 0 ? (
            <ul className="c-list">
              {search.data.map((m) => (
                <li key={m.childId}>
                  <button type="button" className="tr-button" onClick={() => setPicked(m)}>
                    {t('new.pick', { name: m.name, reference: m.reference })}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : (
        <div className="c-form__row">
          <FormField label={t('new.childName')} required error={err('child.name')}>
            {(control) => (
              <input
                {...control}
                value={childName}
                onChange={(e) => setChildName(e.target.value)}
              />
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
        </div>
      )}
      <FormField label={t('new.concern')} required error={err('concern')}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={concern}
            onChange={(e) => setConcern(e.target.value)}
          />
        )}
      </FormField>
      <div className="c-filter c-filter--check">
        <input
          id={`${id}-violence`}
          type="checkbox"
          checked={violence}
          onChange={(e) => setViolence(e.target.checked)}
        />
        <label htmlFor={`${id}-violence`}>{t('new.violence')}</label>
      </div>
      <div className="c-actions">
        <button type="submit" className="tr-button tr-button--primary" disabled={receive.isPending}>
          {t('new.submit')}
        </button>
        <button type="button" className="tr-button" onClick={onCancel}>
          {lang === 'da' ? 'Annuller' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
