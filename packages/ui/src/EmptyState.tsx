import type { ReactNode } from 'react';
import { cx } from './cx';

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  /** Short headline, e.g. "Ingen sager endnu". */
  title: string;
  /** What it means and what to do next, in plain language. */
  children?: ReactNode;
  /** An action, e.g. a button to create the first item. */
  action?: ReactNode;
  /** Heading level of the title (default 2). */
  level?: 2 | 3 | 4;
  /** Extra class. */
  className?: string;
}

/** A friendly message where a list or page has nothing to show yet. */
export function EmptyState({
  title,
  children,
  action,
  level = 2,
  className,
}: EmptyStateProps): ReactNode {
  const Heading = `h${level}` as const;
  return (
    <section className={cx('tr-state tr-state--empty', className)}>
      <Heading className="tr-state__title">{title}</Heading>
      {children ? <div className="tr-state__body">{children}</div> : null}
      {action ? <div className="tr-state__action">{action}</div> : null}
    </section>
  );
}
