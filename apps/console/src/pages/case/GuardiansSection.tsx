import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog, DataTable, FormField, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { errorMessage, fieldErrorIn } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { QueryState } from '../../lib/QueryState';
import { guardianMessages } from './guardian-messages';

type Guardian = Outputs['guardians']['list'][number];

/** The child's custody holders and other parents, and who may see the plan in the portal. */
export function GuardiansSection({ childId }: { childId: string }): ReactNode {
  const t = useT(guardianMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.guardians.list.queryOptions({ childId }));
  const [status, setStatus] = useState('');
  const [removing, setRemoving] = useState<Guardian | null>(null);
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [custody, setCustody] = useState(true);
  const [cpr, setCpr] = useState('');
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.guardians.list.queryKey({ childId }) });
  const add = useMutation(trpc.guardians.add.mutationOptions());
  const update = useMutation(trpc.guardians.update.mutationOptions());
  const remove = useMutation(trpc.guardians.remove.mutationOptions());
  const failed = update.error ?? remove.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { childId, name, relation, custody, cpr: cpr || null },
      {
        onSuccess: (row) => {
          setStatus(t('added', { name: row.name }));
          setName('');
          setRelation('');
          setCpr('');
          void refresh();
        },
      },
    );
  };
  return (
    <section className="c-section" aria-labelledby="guardians-title" id="guardians">
      <h2 id="guardians-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p className="c-status" role="status">
        {status}
      </p>
      {failed ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(failed, lang)}
        </p>
      ) : null}
      <QueryState query={query}>
        {(rows) => (
          <DataTable<Guardian>
            caption={t('caption')}
            rows={rows}
            rowKey={(g) => g.id}
            empty={t('empty')}
            columns={[
              { key: 'name', header: t('name'), rowHeader: true, cell: (g) => g.name },
              { key: 'relation', header: t('relation'), cell: (g) => g.relation },
              {
                key: 'custody',
                header: t('custody'),
                cell: (g) => (g.custody ? t('yes') : t('no')),
              },
              {
                key: 'access',
                header: t('access'),
                cell: (g) => (g.portalAccess ? t('yes') : t('no')),
              },
              {
                key: 'mitid',
                header: t('mitid'),
                cell: (g) => (g.identified ? t('identified') : t('notIdentified')),
              },
              {
                key: 'actions',
                header: '',
                cell: (g) => (
                  <span className="c-actions">
                    <button
                      type="button"
                      className="tr-button"
                      onClick={() =>
                        update.mutate(
                          { id: g.id, version: g.version, portalAccess: !g.portalAccess },
                          {
                            onSuccess: () => {
                              setStatus(t('changed', { name: g.name }));
                              void refresh();
                            },
                          },
                        )
                      }
                    >
                      {g.portalAccess
                        ? t('withdraw', { name: g.name })
                        : t('grant', { name: g.name })}
                    </button>
                    <button
                      type="button"
                      className="tr-button tr-button--danger"
                      onClick={() => setRemoving(g)}
                    >
                      {t('remove', { name: g.name })}
                    </button>
                  </span>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <form className="c-form" onSubmit={submit} noValidate aria-labelledby="guardian-add-title">
        <h3 id="guardian-add-title">{t('add')}</h3>
        {add.error && !fieldErrorIn(add.error, 'name', lang) ? (
          <p className="c-alert c-alert--error" role="alert">
            {fieldErrorIn(add.error, 'cpr', lang) ?? errorMessage(add.error, lang)}
          </p>
        ) : null}
        <FormField label={t('name')} error={fieldErrorIn(add.error, 'name', lang)} required>
          {(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <FormField label={t('relation')} error={fieldErrorIn(add.error, 'relation', lang)} required>
          {(c) => <input {...c} value={relation} onChange={(e) => setRelation(e.target.value)} />}
        </FormField>
        <label className="c-check">
          <input type="checkbox" checked={custody} onChange={(e) => setCustody(e.target.checked)} />
          {t('custody')}
        </label>
        <FormField
          label={t('cpr')}
          hint={t('cprHint')}
          error={fieldErrorIn(add.error, 'cpr', lang)}
        >
          {(c) => (
            <input
              {...c}
              inputMode="numeric"
              autoComplete="off"
              value={cpr}
              onChange={(e) => setCpr(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="tr-button" disabled={add.isPending}>
          {t('add')}
        </button>
      </form>
      <ConfirmDialog
        open={removing !== null}
        title={t('removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('remove', { name: removing?.name ?? '' })}
        cancelLabel={t('cancel')}
        destructive
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const g = removing;
          setRemoving(null);
          if (g)
            remove.mutate(
              { id: g.id, version: g.version },
              {
                onSuccess: () => {
                  setStatus(t('removed', { name: g.name }));
                  void refresh();
                },
              },
            );
        }}
      >
        <p>{t('removeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
