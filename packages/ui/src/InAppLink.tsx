import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';

/** Props of {@link InAppLink}. */
export interface InAppLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** The real URL, so "open in new tab", copying and screen readers see a normal link. */
  href: string;
  /** Goes there inside the app (a plain left click only). */
  onNavigate: () => void;
  children: ReactNode;
}

/**
 * An ordinary `<a>` that navigates inside a single-page app on a plain left click.
 * Modified clicks (new tab, new window, download) and handlers that prevent the
 * default keep the browser's own behaviour.
 *
 * @example
 * ```tsx
 * <InAppLink href="/console/cases/1" onNavigate={() => navigate('/cases/1')}>Sag 1</InAppLink>
 * ```
 */
export function InAppLink({
  href,
  onNavigate,
  onClick,
  children,
  ...rest
}: InAppLinkProps): ReactNode {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate();
  };
  return (
    <a href={href} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
