import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog, DataTable, FormField, formatNumber, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { errorMessage, fieldErrorIn } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { staffMessages } from './staff-messages';

type Team = Outputs['teams']['list'][number];

/** The teams: administrators create, rename and retire them. */
export function TeamsSection({
  teams,
  isAdmin,
  onStatus,
}: {
  teams: readonly Team[];
  isAdmin: boolean;
  onStatus: (message: string) => void;
}): ReactNode {
  const t = useT(staffMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<Team | null>(null);
  const [newName, setNewName] = useState('');
  const [retiring, setRetiring] = useState<Team | null>(null);
  const renameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (renaming) renameInput.current?.focus();
  }, [renaming]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.teams.list.queryKey() });
  const create = useMutation(trpc.teams.create.mutationOptions());
  const rename = useMutation(trpc.teams.rename.mutationOptions());
  const retire = useMutation(trpc.teams.retire.mutationOptions());
  const failed = create.error ?? rename.error ?? retire.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name },
      {
        onSuccess: () => {
          onStatus(t('created', { name }));
          setName('');
          void refresh();
        },
      },
    );
  };
  return (
    <section className="c-section" aria-labelledby="teams-title">
      <h2 id="teams-title">{t('teamsTitle')}</h2>
      {failed ? (
        <p className="c-alert c-alert--error" role="alert">
          {fieldErrorIn(failed, 'id', lang) ??
            fieldErrorIn(failed, 'name', lang) ??
            errorMessage(failed, lang)}
        </p>
      ) : null}
      <DataTable<Team>
        caption={t('teamsCaption')}
        rows={teams}
        rowKey={(team) => team.id}
        columns={[
          { key: 'name', header: t('team'), rowHeader: true, cell: (team) => team.name },
          {
            key: 'members',
            header: t('members'),
            cell: (team) => formatNumber(team.members, lang),
          },
          {
            key: 'status',
            header: t('status'),
            cell: (team) => (team.retired ? t('retired') : t('active')),
          },
          ...(isAdmin
            ? [
                {
                  key: 'actions',
                  header: t('actions'),
                  cell: (team: Team) =>
                    team.retired ? null : (
                      <span className="c-actions">
                        <button
                          type="button"
                          className="tr-button"
                          onClick={() => {
                            setRenaming(team);
                            setNewName(team.name);
                          }}
                        >
                          {t('rename', { name: team.name })}
                        </button>
                        <button
                          type="button"
                          className="tr-button"
                          onClick={() => setRetiring(team)}
                        >
                          {t('retire', { name: team.name })}
                        </button>
                      </span>
                    ),
                },
              ]
            : []),
        ]}
      />
      {isAdmin && renaming ? (
        <form
          className="c-form"
          onSubmit={(event) => {
            event.preventDefault();
            rename.mutate(
              { id: renaming.id, version: renaming.version, name: newName },
              {
                onSuccess: () => {
                  onStatus(t('saved', { name: newName }));
                  setRenaming(null);
                  void refresh();
                },
              },
            );
          }}
        >
          <FormField label={t('rename', { name: renaming.name })} required>
            {(c) => (
              <input
                {...c}
                ref={renameInput}
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
              />
            )}
          </FormField>
          <p className="c-actions">
            <button type="submit" className="tr-button tr-button--primary">
              {t('save')}
            </button>
            <button type="button" className="tr-button" onClick={() => setRenaming(null)}>
              {t('cancel')}
            </button>
          </p>
        </form>
      ) : null}
      {isAdmin ? (
        <form className="c-form" onSubmit={submit} noValidate>
          <FormField label={t('newTeam')} error={fieldErrorIn(create.error, 'name', lang)} required>
            {(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} />}
          </FormField>
          <button type="submit" className="tr-button" disabled={create.isPending}>
            {t('createTeam')}
          </button>
        </form>
      ) : null}
      <ConfirmDialog
        open={retiring !== null}
        title={t('retireTitle', { name: retiring?.name ?? '' })}
        confirmLabel={t('retire', { name: retiring?.name ?? '' })}
        cancelLabel={t('cancel')}
        destructive
        onCancel={() => setRetiring(null)}
        onConfirm={() => {
          const team = retiring;
          setRetiring(null);
          if (team)
            retire.mutate(
              { id: team.id, version: team.version },
              {
                onSuccess: () => {
                  onStatus(t('retired'));
                  void refresh();
                },
              },
            );
        }}
      >
        <p>{t('retireBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
