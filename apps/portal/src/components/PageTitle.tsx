import { useT } from '@trappen/ui';
import { type ReactNode, useEffect, useRef } from 'react';
import { commonMessages } from '../messages/common';
import { navigationCount } from '../router/history';

/** Props of {@link PageTitle}. */
export interface PageTitleProps {
  /** The page's heading, also used in the browser tab's title. */
  children: string;
}

/**
 * The page's one `<h1>`. It sets the document title and, after an in-app
 * navigation, takes focus so screen-reader and keyboard users start at the top of
 * the new page.
 */
export function PageTitle({ children }: PageTitleProps): ReactNode {
  const t = useT(commonMessages);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('pageTitle', { page: children });
  }, [children, t]);
  useEffect(() => {
    if (navigationCount() > 0) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="portal-title">
      {children}
    </h1>
  );
}
