import { useMutation } from '@tanstack/react-query';
import { formatDate, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { todayIso } from '../../lib/dates';
import { Link } from '../../router/Link';
import { intakeMessages } from './intake-messages';
import { OpenCaseForm } from './OpenCaseForm';

type Assessed = Outputs['notifications']['assess'];

/**
 * After an assessment that calls for it: open a case for a new child, and start the
 * child assessment on the case, with its deadline shown.
 */
export function NextSteps({
  notification,
  onChanged,
}: {
  notification: Assessed;
  /** Called when the notification changed (linked to the new case). */
  onChanged: () => void;
}): ReactNode {
  const t = useT(intakeMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const [caseId, setCaseId] = useState(notification.caseId);
  const [opening, setOpening] = useState(false);
  const [version, setVersion] = useState(notification.version);
  const start = useMutation(trpc.assessments.start.mutationOptions());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const wantsCase = ['openCase', 'childAssessment', 'acuteMeasure'].includes(
    notification.assessment?.outcome ?? '',
  );
  if (!wantsCase) return null;
  return (
    <section className="c-section" aria-labelledby={`next-${notification.id}`}>
      <h3 id={`next-${notification.id}`} ref={heading} tabIndex={-1}>
        {t('next.title')}
      </h3>
      {caseId === null && !opening ? (
        <button
          type="button"
          className="tr-button tr-button--primary"
          onClick={() => setOpening(true)}
        >
          {t('next.openCase')}
        </button>
      ) : null}
      {caseId === null && opening ? (
        <OpenCaseForm
          notificationId={notification.id}
          notificationVersion={version}
          childId={notification.child.id}
          name={notification.child.name}
          birthDate={notification.child.birthDate}
          onOpened={(opened) => {
            setCaseId(opened.caseId);
            setVersion((v) => v + 1);
            setOpening(false);
            onChanged();
          }}
          onCancel={() => setOpening(false)}
        />
      ) : null}
      {caseId !== null ? (
        <>
          <p className="c-alert c-alert--ok" role="status">
            {t('open.saved')} <Link to={`/cases/${caseId}`}>{t('next.toCase')}</Link>
          </p>
          {start.data ? (
            <p className="c-alert c-alert--ok" role="status">
              {t('next.started', { due: formatDate(start.data.dueOn, lang) })}
            </p>
          ) : (
            <button
              type="button"
              className="tr-button tr-button--primary"
              disabled={start.isPending}
              onClick={() =>
                start.mutate({ caseId, startedOn: todayIso(), notificationId: notification.id })
              }
            >
              {t('next.startAssessment')}
            </button>
          )}
          {start.error ? (
            <p className="c-alert c-alert--error" role="alert">
              {errorMessage(start.error, lang)}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
