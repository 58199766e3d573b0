import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { commonMessages } from '../messages/common';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PageTitle } from './PageTitle';

/** Props of {@link DeadEnd}. */
export interface DeadEndProps {
  title: string;
  body: string;
}

/** A page that has nothing to show: what happened, in words, and the way back to the front page. */
export function DeadEnd({ title, body }: DeadEndProps): ReactNode {
  const t = useT(commonMessages);
  return (
    <div className="portal-narrow">
      <PageTitle>{title}</PageTitle>
      <p className="portal-lead">{body}</p>
      <p>
        <Link to={paths.home()} className="tr-button tr-button--primary portal-cta">
          {t('toFrontPage')}
        </Link>
      </p>
    </div>
  );
}
