import { InAppLink } from '@trappen/ui';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { navigate } from './history';

/** Props of {@link Link}. */
export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** Path inside the app, e.g. from `paths.plan(id)`. */
  to: string;
  children: ReactNode;
}

/** An ordinary link that navigates inside the portal without reloading. */
export function Link({ to, ...rest }: LinkProps): ReactNode {
  return <InAppLink href={to} onNavigate={() => navigate(to)} {...rest} />;
}
