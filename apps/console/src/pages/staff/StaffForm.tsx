import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormField, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { errorMessage, fieldErrorIn, isConflict } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { staffMessages } from './staff-messages';

type Member = Outputs['staff']['list'][number];
type Team = Outputs['teams']['list'][number];
const ROLES = ['caseworker', 'teamLeader', 'administrator', 'councilMember'] as const;

/** Props of {@link StaffForm}. */
export interface StaffFormProps {
  /** The account to edit, or `null` to create one. */
  member: Member | null;
  teams: readonly Team[];
  /** Administrators edit everything; team leaders only FTE and leave. */
  isAdmin: boolean;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

/** Creates or edits a staff account; the server's field errors show on their fields. */
export function StaffForm({ member, teams, isAdmin, onDone, onCancel }: StaffFormProps): ReactNode {
  const t = useT(staffMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState(member?.name ?? '');
  const [email, setEmail] = useState(member?.email ?? '');
  const [role, setRole] = useState<Member['role']>(member?.role ?? 'caseworker');
  const [teamId, setTeamId] = useState(member?.teamId ?? '');
  const [fte, setFte] = useState(member?.fte != null ? String(member.fte).replace('.', ',') : '1');
  const [leaveFrom, setLeaveFrom] = useState(member?.leaveFrom ?? '');
  const [leaveTo, setLeaveTo] = useState(member?.leaveTo ?? '');
  useEffect(() => {
    if (member) heading.current?.focus();
  }, [member]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
  const create = useMutation(trpc.staff.create.mutationOptions());
  const update = useMutation(trpc.staff.update.mutationOptions());
  const mutation = member ? update : create;
  const caseworkerFields = role === 'caseworker';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fteNumber = Number(fte.replace(',', '.'));
    const leave = { leaveFrom: leaveFrom || null, leaveTo: leaveTo || null };
    if (member) {
      update.mutate(
        isAdmin
          ? {
              id: member.id,
              version: member.version,
              name,
              email,
              role,
              teamId: teamId || null,
              ...(caseworkerFields ? { fte: fteNumber, ...leave } : {}),
            }
          : { id: member.id, version: member.version, fte: fteNumber, ...leave },
        {
          onSuccess: (saved) => void refresh().then(() => onDone(t('saved', { name: saved.name }))),
        },
      );
    } else {
      create.mutate(
        {
          name,
          email,
          role,
          teamId: teamId || null,
          ...(caseworkerFields ? { fte: fteNumber, ...leave } : {}),
        },
        {
          onSuccess: (saved) =>
            void refresh().then(() => onDone(t('created', { name: saved.name }))),
        },
      );
    }
  };
  const err = (field: string) => fieldErrorIn(mutation.error, field, lang);
  return (
    <form
      className="c-section c-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="staff-form-title"
    >
      <h2 id="staff-form-title" ref={heading} tabIndex={-1}>
        {member ? t('editTitle', { name: member.name }) : t('create')}
      </h2>
      {mutation.error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(mutation.error, lang)}
          {isConflict(mutation.error) ? (
            <button
              type="button"
              className="tr-button"
              onClick={() => void refresh().then(() => onCancel?.())}
            >
              {t('cancel')}
            </button>
          ) : null}
        </p>
      ) : null}
      <FormField label={t('name')} error={err('name')} required>
        {(c) => (
          <input
            {...c}
            value={name}
            disabled={!isAdmin}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('email')} error={err('email')} required>
        {(c) => (
          <input
            {...c}
            type="email"
            value={email}
            disabled={!isAdmin}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('role')} error={err('role')} required>
        {(c) => (
          <select
            {...c}
            value={role}
            disabled={!isAdmin}
            onChange={(e) => setRole(e.target.value as Member['role'])}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('team')} error={err('teamId')}>
        {(c) => (
          <select
            {...c}
            value={teamId}
            disabled={!isAdmin}
            onChange={(e) => setTeamId(e.target.value)}
          >
            <option value="">{t('noTeam')}</option>
            {teams
              .filter((team) => !team.retired)
              .map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
          </select>
        )}
      </FormField>
      {caseworkerFields ? (
        <>
          <FormField label={t('fte')} hint={t('fteHint')} error={err('fte')}>
            {(c) => (
              <input
                {...c}
                inputMode="decimal"
                value={fte}
                onChange={(e) => setFte(e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('leaveFrom')} error={err('leaveFrom')}>
            {(c) => (
              <input
                {...c}
                type="date"
                value={leaveFrom}
                onChange={(e) => setLeaveFrom(e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('leaveTo')} error={err('leaveTo')}>
            {(c) => (
              <input
                {...c}
                type="date"
                value={leaveTo}
                onChange={(e) => setLeaveTo(e.target.value)}
              />
            )}
          </FormField>
        </>
      ) : null}
      <p className="c-actions">
        <button
          type="submit"
          className="tr-button tr-button--primary"
          disabled={mutation.isPending}
        >
          {member ? t('save') : t('create')}
        </button>
        {onCancel ? (
          <button type="button" className="tr-button" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </p>
    </form>
  );
}
