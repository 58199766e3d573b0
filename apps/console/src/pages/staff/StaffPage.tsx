import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog, DataTable, formatDate, formatNumber, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { useMe } from '../../auth/useMe';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { Link } from '../../router/Link';
import { StaffForm } from './StaffForm';
import { staffMessages } from './staff-messages';
import { TeamsSection } from './TeamsSection';

type Member = Outputs['staff']['list'][number];
type Deactivated = Outputs['staff']['deactivate'] & { name: string };

/**
 * Staff administration: the municipality's staff (a team leader: their team) with role,
 * team, FTE and leave; create, edit and deactivate a leaver, whose open cases are then
 * listed for reassignment; teams; and whether local passwords are allowed.
 */
export default function StaffPage(): ReactNode {
  const t = useT(staffMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { me } = useMe();
  const isAdmin = me?.role === 'administrator';
  usePageTitle(t('title'));
  const staff = useQuery(trpc.staff.list.queryOptions());
  const teams = useQuery(trpc.teams.list.queryOptions());
  const settings = useQuery({ ...trpc.staff.loginSettings.queryOptions(), enabled: isAdmin });
  const [editing, setEditing] = useState<Member | null>(null);
  const [leaving, setLeaving] = useState<Member | null>(null);
  const [left, setLeft] = useState<Deactivated | null>(null);
  const [status, setStatus] = useState('');
  const leftHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (left) leftHeading.current?.focus();
  }, [left]);
  const deactivate = useMutation(trpc.staff.deactivate.mutationOptions());
  const passwordLogin = useMutation(trpc.staff.setPasswordLogin.mutationOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
  const roleName = (role: Member['role']) => t(`role.${role}`);
  return (
    <section className="c-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="c-status" role="status">
        {status}
      </p>
      {deactivate.error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(deactivate.error, lang)}
        </p>
      ) : null}
      {left ? (
        <section className="c-section" aria-labelledby="left-title">
          <h2 id="left-title" tabIndex={-1} ref={leftHeading}>
            {t('deactivated', { name: left.name })}
          </h2>
          {left.openCases.length === 0 ? (
            <p>{t('noOpenCases')}</p>
          ) : (
            <>
              <p>{t('openCases')}</p>
              <ul className="c-list">
                {left.openCases.map((c) => (
                  <li key={c.caseId}>
                    <Link to={`/cases/${c.caseId}`}>{c.childReference}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
      <QueryState query={staff}>
        {(rows) => (
          <DataTable<Member>
            caption={t('tableCaption')}
            rows={rows}
            rowKey={(m) => m.id}
            empty={t('empty')}
            columns={[
              { key: 'name', header: t('name'), rowHeader: true, cell: (m) => m.name },
              { key: 'email', header: t('email'), cell: (m) => m.email },
              { key: 'role', header: t('role'), cell: (m) => roleName(m.role) },
              { key: 'team', header: t('team'), cell: (m) => m.teamName ?? '–' },
              {
                key: 'fte',
                header: t('fte'),
                cell: (m) => (m.fte === null ? '–' : formatNumber(m.fte, lang)),
              },
              {
                key: 'leave',
                header: t('leaveFrom'),
                cell: (m) =>
                  m.leaveFrom && m.leaveTo
                    ? `${formatDate(m.leaveFrom, lang, 'medium')} – ${formatDate(m.leaveTo, lang, 'medium')}`
                    : '–',
              },
              {
                key: 'status',
                header: t('status'),
                cell: (m) => (m.active ? t('active') : t('inactive')),
              },
              {
                key: 'actions',
                header: t('actions'),
                cell: (m) =>
                  m.active ? (
                    <span className="c-actions">
                      <button type="button" className="tr-button" onClick={() => setEditing(m)}>
                        {t('edit', { name: m.name })}
                      </button>
                      {isAdmin && m.id !== me?.id ? (
                        <button
                          type="button"
                          className="tr-button tr-button--danger"
                          onClick={() => setLeaving(m)}
                        >
                          {t('deactivate', { name: m.name })}
                        </button>
                      ) : null}
                    </span>
                  ) : null,
              },
            ]}
          />
        )}
      </QueryState>
      {editing ? (
        <StaffForm
          key={`${editing.id}-${editing.version}`}
          member={editing}
          teams={teams.data ?? []}
          isAdmin={isAdmin}
          onDone={(message) => {
            setStatus(message);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {isAdmin && !editing ? (
        <StaffForm member={null} teams={teams.data ?? []} isAdmin onDone={setStatus} />
      ) : null}
      <QueryState query={teams}>
        {(rows) => <TeamsSection teams={rows} isAdmin={isAdmin} onStatus={setStatus} />}
      </QueryState>
      {isAdmin && settings.data ? (
        <section className="c-section" aria-labelledby="login-title">
          <h2 id="login-title">{t('loginTitle')}</h2>
          <label className="c-check">
            <input
              type="checkbox"
              checked={passwordLogin.data?.passwordLogin ?? settings.data.passwordLogin}
              onChange={(e) => passwordLogin.mutate({ enabled: e.target.checked })}
              aria-describedby="password-login-hint"
            />
            {t('passwordLogin')}
          </label>
          <p id="password-login-hint" className="c-muted">
            {t('passwordLoginHint')}
          </p>
        </section>
      ) : null}
      <ConfirmDialog
        open={leaving !== null}
        title={t('confirmTitle', { name: leaving?.name ?? '' })}
        confirmLabel={t('deactivate', { name: leaving?.name ?? '' })}
        cancelLabel={t('cancel')}
        destructive
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          const member = leaving;
          setLeaving(null);
          if (member)
            deactivate.mutate(
              { id: member.id, version: member.version },
              {
                onSuccess: (result) => {
                  setLeft({ ...result, name: member.name });
                  void refresh();
                },
              },
            );
        }}
      >
        <p>{t('confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
