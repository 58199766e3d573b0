import type { ReactNode } from 'react';

/** Props of {@link Notice}. */
export interface NoticeProps {
  /** `success` (green) or `warning` (amber); the title carries the meaning too. */
  kind: 'success' | 'warning';
  title: string;
  children: ReactNode;
}

/**
 * A message box announced politely to screen readers, e.g. "You are logged out".
 * Colour is never the only cue: the title says what happened.
 */
export function Notice({ kind, title, children }: NoticeProps): ReactNode {
  return (
    <div className={`portal-notice portal-notice--${kind}`} role="status">
      <p className="portal-notice__title">{title}</p>
      <p className="portal-notice__body">{children}</p>
    </div>
  );
}
