import { InAppLink } from '@trappen/ui';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { href, navigate } from './history';

/** Props of {@link Link}. */
export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** App path, e.g. `/cases/123`. */
  to: string;
  children: ReactNode;
}

/** A real link under the console's base URL that navigates in-app on a plain click. */
export function Link({ to, ...rest }: LinkProps): ReactNode {
  return <InAppLink href={href(to)} onNavigate={() => navigate(to)} {...rest} />;
}
