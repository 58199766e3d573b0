import { formatDate, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { PageTitle } from '../components/PageTitle';
import { accessibilityMessages } from '../messages/accessibility';

/** When the statement was last reviewed (update together with the text). */
const PREPARED_ON = '2026-11-22';
const CONTACT_EMAIL = 'tilgaengelighed@eksempelby.dk';
const CONTACT_PHONE = '70 10 20 30';
const COMPLAINT_URL = 'https://www.digst.dk/';

/** Props of {@link AccessibilityPage}. */
export interface AccessibilityPageProps {
  municipality: string;
}

/** The accessibility statement (tilgængelighedserklæring) required of public websites. */
export function AccessibilityPage({ municipality }: AccessibilityPageProps): ReactNode {
  const t = useT(accessibilityMessages);
  const { lang } = useLanguage();
  return (
    <article className="portal-narrow portal-statement">
      <PageTitle>{t('title')}</PageTitle>
      <p className="portal-lead">{t('intro', { municipality })}</p>
      <h2>{t('statusTitle')}</h2>
      <p>{t('status')}</p>
      <h2>{t('nonAccessibleTitle')}</h2>
      <p>{t('nonAccessible')}</p>
      <p>{t('nonAccessibleLogin')}</p>
      <h2>{t('preparationTitle')}</h2>
      <p>{t('preparation', { date: formatDate(PREPARED_ON, lang) })}</p>
      <p>{t('preparationMethod')}</p>
      <h2>{t('feedbackTitle')}</h2>
      <p>{t('feedback')}</p>
      <dl className="portal-contact">
        <dt>{t('feedbackEmail')}</dt>
        <dd>
          <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>
        </dd>
        <dt>{t('feedbackPhone')}</dt>
        <dd>
          <a href={`tel:${CONTACT_PHONE.replace(/\s+/g, '')}`}>{CONTACT_PHONE}</a>
        </dd>
      </dl>
      <h2>{t('enforcementTitle')}</h2>
      <p>{t('enforcement')}</p>
      <p>
        <a href={COMPLAINT_URL}>{t('enforcementLink')}</a>
      </p>
    </article>
  );
}
