import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { ParentView } from '../api/types';
import { planMessages } from '../messages/plan';

/** Props of {@link CaseworkerCard}. */
export interface CaseworkerCardProps {
  caseworker: ParentView['caseworker'];
}

/** Who the caseworker is and how to reach them (tap to call or write). */
export function CaseworkerCard({ caseworker }: CaseworkerCardProps): ReactNode {
  const t = useT(planMessages);
  return (
    <section className="portal-card portal-caseworker" aria-labelledby="caseworker-title">
      <h2 id="caseworker-title">{t('caseworkerTitle')}</h2>
      {caseworker ? (
        <>
          <p className="portal-caseworker__name">{caseworker.name}</p>
          <p className="portal-explain">{t('caseworkerExplain')}</p>
          <dl className="portal-contact">
            <dt>{t('phone')}</dt>
            <dd>
              <a href={`tel:${caseworker.phone.replace(/\s+/g, '')}`}>{caseworker.phone}</a>
            </dd>
            <dt>{t('email')}</dt>
            <dd>
              <a href={`mailto:${caseworker.email}`}>{caseworker.email}</a>
            </dd>
          </dl>
        </>
      ) : (
        <p>{t('noCaseworker')}</p>
      )}
    </section>
  );
}
