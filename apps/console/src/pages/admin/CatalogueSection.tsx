import { useMutation } from '@tanstack/react-query';
import {
  ConfirmDialog,
  DataTable,
  EmptyState,
  FormField,
  formatNumber,
  useLanguage,
  useT,
} from '@trappen/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { errorData, errorMessage, isConflict } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Inputs, Outputs } from '../../api/types';
import { AdminConflict } from './AdminConflict';
import { catalogueMessages, issueText } from './catalogue-messages';

type Staircase = Outputs['adminConfig']['get']['staircase'];
type Entry = Staircase['view']['interventions'][number];
type Change = Inputs['adminConfig']['saveCatalogue']['change'];

/** Props of {@link CatalogueSection}. */
export interface CatalogueSectionProps {
  staircase: Staircase;
  /** Called after a saved change with the message to announce. */
  onSaved: (message: string) => Promise<unknown>;
  /** Loads the newest configuration (after a conflict). */
  onReload: () => Promise<unknown>;
}

const EMPTY_DRAFT = { step: '', code: '', da: '', en: '', rate: '' };

/**
 * The municipality's intervention catalogue: add an intervention to a step, rename,
 * retire (with confirmation) or reinstate. Each change is saved as a new staircase
 * version; `defineStaircase`'s issues show at the fields, and what was typed survives
 * a version conflict.
 */
export function CatalogueSection({
  staircase,
  onSaved,
  onReload,
}: CatalogueSectionProps): ReactNode {
  const t = useT(catalogueMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const save = useMutation(trpc.adminConfig.saveCatalogue.mutationOptions());
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [rateError, setRateError] = useState('');
  const [renaming, setRenaming] = useState<{ code: string; da: string; en: string } | null>(null);
  const [retiring, setRetiring] = useState<Entry | null>(null);
  const [lastAction, setLastAction] = useState<Change['action'] | null>(null);
  const [basedOn, setBasedOn] = useState(staircase.version);
  const retired = new Set(staircase.retired);
  const stepName = new Map(staircase.view.steps.map((s) => [s.id, s.name[lang]]));
  const fields = errorData(save.error)?.fieldErrors ?? {};
  const fieldError = (action: Change['action'], key: string) =>
    lastAction === action && fields[key]
      ? fields[key].map((m) => issueText(m, lang)).join(' ')
      : undefined;

  const run = async (change: Change, message: (version: number) => string) => {
    setLastAction(change.action);
    setBasedOn(staircase.version);
    const saved = await save.mutateAsync({ version: staircase.version, change });
    await onSaved(message(saved.version));
    return saved;
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const rate = draft.rate.trim() === '' ? null : Number(draft.rate.replace(',', '.'));
    if (rate !== null && !Number.isFinite(rate)) {
      setRateError(t('add.badRate'));
      return;
    }
    setRateError('');
    const name = { da: draft.da.trim(), en: draft.en.trim() };
    await run(
      {
        action: 'add',
        entry: { code: draft.code.trim(), step: draft.step, name, defaultDailyRate: rate },
      },
      (version) => t('added', { name: name[lang], version }),
    );
    setDraft(EMPTY_DRAFT);
  };

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    if (!renaming) return;
    const name = { da: renaming.da.trim(), en: renaming.en.trim() };
    await run({ action: 'rename', code: renaming.code, name }, (version) =>
      t('renamed', { name: name[lang], version }),
    );
    setRenaming(null);
  };

  const otherError =
    save.error && !isConflict(save.error) && Object.keys(fields).length === 0
      ? errorMessage(save.error, lang)
      : null;
  const codeError = (action: Change['action']) => fieldError(action, 'code');
  // Shown next to what the user just tried: the add form, or the table for the other changes.
  const conflict =
    save.error && isConflict(save.error) ? (
      <AdminConflict
        kind="staircase"
        since={basedOn}
        onReload={() => {
          save.reset();
          void onReload();
        }}
      />
    ) : null;

  return (
    <section className="c-section" aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t('title')}</h2>
      {lastAction !== 'add' ? conflict : null}
      {otherError ? (
        <p className="c-alert c-alert--error" role="alert">
          {otherError}
        </p>
      ) : null}
      {codeError('retire') || codeError('reinstate') ? (
        <p className="c-alert c-alert--error" role="alert">
          {codeError('retire') ?? codeError('reinstate')}
        </p>
      ) : null}
      {staircase.view.interventions.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <DataTable<Entry>
          caption={t('title')}
          captionHidden
          rows={staircase.view.interventions}
          rowKey={(e) => e.code}
          columns={[
            { key: 'name', header: t('name'), rowHeader: true, cell: (e) => e.name[lang] },
            { key: 'code', header: t('code'), cell: (e) => e.code },
            { key: 'step', header: t('step'), cell: (e) => stepName.get(e.step) ?? e.step },
            {
              key: 'rate',
              header: t('rate'),
              cell: (e) =>
                e.defaultDailyRate === null
                  ? t('noRate')
                  : formatNumber(e.defaultDailyRate, lang, 0),
            },
            {
              key: 'status',
              header: t('status'),
              cell: (e) =>
                retired.has(e.code) ? (
                  <span className="c-flag c-flag--danger">{t('retired')}</span>
                ) : (
                  t('active')
                ),
            },
            {
              key: 'actions',
              header: t('actions'),
              cell: (e) => (
                <div className="c-actions">
                  <button
                    type="button"
                    className="tr-button"
                    aria-label={t('rename.label', { name: e.name[lang] })}
                    onClick={() => setRenaming({ code: e.code, da: e.name.da, en: e.name.en })}
                  >
                    {t('rename')}
                  </button>
                  {retired.has(e.code) ? (
                    <button
                      type="button"
                      className="tr-button"
                      aria-label={t('reinstate.label', { name: e.name[lang] })}
                      disabled={save.isPending}
                      onClick={() =>
                        void run({ action: 'reinstate', code: e.code }, (version) =>
                          t('reinstated', { name: e.name[lang], version }),
                        ).catch(() => {})
                      }
                    >
                      {t('reinstate')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="tr-button tr-button--danger"
                      aria-label={t('retire.label', { name: e.name[lang] })}
                      onClick={() => setRetiring(e)}
                    >
                      {t('retire')}
                    </button>
                  )}
                </div>
              ),
            },
          ]}
        />
      )}

      {renaming ? (
        <form onSubmit={(e) => void rename(e).catch(() => {})} noValidate>
          <h3>
            {t('rename.title', {
              name:
                staircase.view.interventions.find((e) => e.code === renaming.code)?.name[lang] ??
                renaming.code,
            })}
          </h3>
          <div className="c-grid-2">
            <FormField label={t('add.nameDa')} required error={fieldError('rename', 'name.da')}>
              {(control) => (
                <input
                  {...control}
                  value={renaming.da}
                  onChange={(e) => setRenaming({ ...renaming, da: e.target.value })}
                />
              )}
            </FormField>
            <FormField label={t('add.nameEn')} required error={fieldError('rename', 'name.en')}>
              {(control) => (
                <input
                  {...control}
                  value={renaming.en}
                  onChange={(e) => setRenaming({ ...renaming, en: e.target.value })}
                />
              )}
            </FormField>
          </div>
          {codeError('rename') ? (
            <p className="c-alert c-alert--error" role="alert">
              {codeError('rename')}
            </p>
          ) : null}
          <div className="c-actions">
            <button
              type="submit"
              className="tr-button tr-button--primary"
              disabled={save.isPending}
            >
              {t('rename.submit')}
            </button>
            <button type="button" className="tr-button" onClick={() => setRenaming(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : null}

      <form onSubmit={(e) => void add(e).catch(() => {})} noValidate>
        <h3>{t('add.title')}</h3>
        <div className="c-grid-2">
          <FormField label={t('add.step')} required error={fieldError('add', 'entry.step')}>
            {(control) => (
              <select
                {...control}
                value={draft.step}
                onChange={(e) => setDraft({ ...draft, step: e.target.value })}
              >
                <option value="">{t('add.chooseStep')}</option>
                {staircase.view.steps.map((s) => (
                  <option key={s.id} value={s.id}>
                    {`${s.rank}. ${s.name[lang]}`}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            label={t('add.code')}
            hint={t('add.codeHint')}
            required
            error={fieldError('add', 'entry.code')}
          >
            {(control) => (
              <input
                {...control}
                value={draft.code}
                autoComplete="off"
                onChange={(e) => setDraft({ ...draft, code: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('add.nameDa')} required error={fieldError('add', 'entry.name.da')}>
            {(control) => (
              <input
                {...control}
                value={draft.da}
                onChange={(e) => setDraft({ ...draft, da: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('add.nameEn')} required error={fieldError('add', 'entry.name.en')}>
            {(control) => (
              <input
                {...control}
                value={draft.en}
                onChange={(e) => setDraft({ ...draft, en: e.target.value })}
              />
            )}
          </FormField>
          <FormField
            label={t('add.rate')}
            hint={t('add.rateHint')}
            error={rateError || fieldError('add', 'entry.defaultDailyRate')}
          >
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={draft.rate}
                onChange={(e) => setDraft({ ...draft, rate: e.target.value })}
              />
            )}
          </FormField>
        </div>
        {lastAction === 'add' ? conflict : null}
        <div className="c-actions">
          <button type="submit" className="tr-button tr-button--primary" disabled={save.isPending}>
            {t('add.submit')}
          </button>
        </div>
      </form>

      {retiring ? (
        <ConfirmDialog
          open
          title={t('retire.title', { name: retiring.name[lang] })}
          confirmLabel={t('retire.confirm')}
          onCancel={() => setRetiring(null)}
          onConfirm={() => {
            const entry = retiring;
            setRetiring(null);
            void run({ action: 'retire', code: entry.code }, (version) =>
              t('retiredOk', { name: entry.name[lang], version }),
            ).catch(() => {});
          }}
        >
          <p>{t('retire.body')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
