import type { ReactNode } from 'react';
import { cx } from './cx';
import { useT } from './i18n/LanguageProvider';

/** Props of {@link LoadingState}. */
export interface LoadingStateProps {
  /** What is loading, e.g. "Henter sager …" (default "Indlæser …"). */
  label?: string;
  /** Extra class. */
  className?: string;
}

/**
 * A loading placeholder: `aria-busy` with a polite live region so screen readers
 * hear that something is on its way; the spinner respects reduced motion.
 */
export function LoadingState({ label, className }: LoadingStateProps): ReactNode {
  const t = useT();
  return (
    <div className={cx('tr-state tr-state--loading', className)} role="status" aria-busy="true">
      <span className="tr-spinner" aria-hidden="true" />
      <span>{label ?? t('state.loading')}</span>
    </div>
  );
}
