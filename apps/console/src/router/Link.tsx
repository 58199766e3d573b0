import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { href, navigate } from './history';

/** Props of {@link Link}. */
export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** App path, e.g. `/cases/123`. */
  to: string;
  children: ReactNode;
}

/** A real link (open in new tab works) that navigates in-app on a plain click. */
export function Link({ to, children, onClick, ...rest }: LinkProps): ReactNode {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={href(to)} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
