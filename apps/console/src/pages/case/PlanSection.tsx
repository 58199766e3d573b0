import { useMutation } from '@tanstack/react-query';
import { ConfirmDialog, formatDate, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { errorMessage, isConflict } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { CaseDetail, StaircaseOutput } from '../../api/types';
import { ConflictNotice } from './ConflictNotice';
import { caseMessages } from './messages';
import { ParentPreview } from './ParentPreview';
import { PlanFields } from './PlanFields';
import { draftOf, type PlanDraft, sameDraft } from './plan-draft';

/** Props of {@link PlanSection}. */
export interface PlanSectionProps {
  detail: CaseDetail;
  staircase: StaircaseOutput;
  reload: () => Promise<unknown>;
}

/**
 * The action plan: edit purpose, goals and time frame, save the draft, preview it
 * exactly as the parents will see it, and publish it (with confirmation). When
 * someone else saved first, their version is shown and the user's text stays put.
 */
export function PlanSection({ detail, staircase, reload }: PlanSectionProps): ReactNode {
  const t = useT(caseMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const serverPlan = detail.plan;
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(serverPlan));
  const [baseVersion, setBaseVersion] = useState<number | undefined>(serverPlan?.version);
  const [conflict, setConflict] = useState(false);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [preview, setPreview] = useState(false);
  const [touched, setTouched] = useState(false);
  const dirty = touched && !sameDraft(draft, draftOf(serverPlan));
  // Follow the server until the user types; after that, never overwrite their text.
  useEffect(() => {
    if (touched || conflict) return;
    setDraft(draftOf(serverPlan));
    setBaseVersion(serverPlan?.version);
  }, [serverPlan, touched, conflict]);
  const edit = (next: PlanDraft) => {
    setTouched(true);
    setDraft(next);
  };
  const save = useMutation(
    trpc.plans.save.mutationOptions({
      onError: (error) => {
        if (isConflict(error)) {
          setConflict(true);
          void reload();
        }
      },
    }),
  );
  const publish = useMutation(trpc.plans.publish.mutationOptions());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const saved = await save.mutateAsync({
      caseId: detail.caseId,
      ...(baseVersion !== undefined ? { version: baseVersion } : {}),
      purpose: draft.purpose,
      goals: draft.goals.map((g) => g.trim()).filter(Boolean),
      timeFrameFrom: draft.timeFrameFrom,
      timeFrameTo: draft.timeFrameTo,
    });
    setBaseVersion(saved.version);
    setDraft(draftOf(saved));
    setTouched(false);
    setConflict(false);
    await reload();
    setStatus(t('plan.saved', { version: saved.version }));
  };
  const doPublish = async () => {
    if (!serverPlan) return;
    setConfirming(false);
    await publish.mutateAsync({ planId: serverPlan.id, version: serverPlan.version });
    await reload();
    setStatus(t('plan.published'));
  };
  const latest = detail.publications.reduce<CaseDetail['publications'][number] | null>(
    (best, p) => (!best || p.publishedAt > best.publishedAt ? p : best),
    null,
  );
  const publishedCurrent = serverPlan && latest?.planVersion === serverPlan.version;
  const readers = latest
    ? detail.readConfirmations.filter((r) => r.publicationId === latest.id)
    : [];
  const error = conflict ? null : (save.error ?? publish.error);
  return (
    <section className="c-section" aria-labelledby="plan-title" id="plan">
      <div className="c-section__head">
        <h2 id="plan-title">{t('plan.title')}</h2>
        <button
          type="button"
          className="tr-button"
          aria-expanded={preview}
          onClick={() => setPreview(!preview)}
        >
          {preview ? t('plan.hidePreview') : t('plan.preview')}
        </button>
      </div>
      <p className="c-plan-status">
        {latest
          ? t('plan.publishedStatus', {
              version: latest.planVersion,
              date: formatDate(latest.publishedAt, lang),
            })
          : t('plan.notPublished')}
        {serverPlan && !publishedCurrent
          ? ` ${t('plan.unpublished', { version: serverPlan.version })}`
          : ''}
        {readers.map(
          (r) =>
            ` ${t('plan.readBy', { name: r.userName, date: formatDate(r.readAt, lang, 'medium') })}.`,
        )}
      </p>
      <p className="tr-visually-hidden" role="status">
        {status}
      </p>
      {status ? <p className="c-alert c-alert--ok">{status}</p> : null}
      {!serverPlan ? <p>{t('plan.none')}</p> : null}
      {conflict && serverPlan ? (
        <ConflictNotice title={t('conflict.title')}>
          <p>{t('conflict.body')}</p>
          <dl className="c-theirs">
            <dt>{t('plan.purpose')}</dt>
            <dd data-testid="their-purpose">{serverPlan.purpose}</dd>
            <dt>{t('plan.goals')}</dt>
            <dd>
              <ul className="c-list">
                {serverPlan.goals.map((goal) => (
                  <li key={goal}>{goal}</li>
                ))}
              </ul>
            </dd>
            <dt>{t('preview.timeFrame')}</dt>
            <dd>{`${formatDate(serverPlan.timeFrameFrom, lang)} – ${formatDate(serverPlan.timeFrameTo, lang)}`}</dd>
          </dl>
          <div className="c-actions">
            <button
              type="button"
              className="tr-button tr-button--primary"
              onClick={() => {
                setBaseVersion(serverPlan.version);
                setConflict(false);
                setStatus(t('conflict.kept'));
              }}
            >
              {t('conflict.keepMine')}
            </button>
            <button
              type="button"
              className="tr-button"
              onClick={() => {
                setTouched(false);
                setConflict(false);
              }}
            >
              {t('conflict.takeTheirs')}
            </button>
          </div>
        </ConflictNotice>
      ) : null}
      {error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      <div className={preview ? 'c-grid-2' : undefined}>
        <form onSubmit={(e) => void submit(e).catch(() => {})} aria-labelledby="plan-title">
          <PlanFields draft={draft} onChange={edit} error={save.error} />
          <div className="c-actions">
            <button
              type="submit"
              className="tr-button tr-button--primary"
              disabled={save.isPending || conflict}
            >
              {t('plan.save')}
            </button>
            <button
              type="button"
              className="tr-button"
              disabled={!serverPlan || dirty || Boolean(publishedCurrent) || publish.isPending}
              onClick={() => setConfirming(true)}
            >
              {t('plan.publish')}
            </button>
            {dirty && serverPlan ? <span className="c-muted">{t('plan.dirty')}</span> : null}
          </div>
        </form>
        {preview ? <ParentPreview detail={detail} staircase={staircase} plan={draft} /> : null}
      </div>
      {confirming && serverPlan ? (
        <ConfirmDialog
          open
          destructive={false}
          title={t('plan.publishTitle')}
          confirmLabel={t('plan.publish')}
          onConfirm={() => void doPublish().catch(() => {})}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('plan.publishBody', { version: serverPlan.version })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
