import type { ReactNode } from 'react';
import { cx } from './cx';
import { useT } from './i18n/LanguageProvider';

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  /** Headline (default "Noget gik galt"). */
  title?: string;
  /** A human explanation of what happened and what to do; never a stack trace. */
  message: string;
  /** The request's correlation id, shown so support can find the log lines. */
  correlationId?: string | null;
  /** Offers a "try again" button when given. */
  onRetry?: () => void;
  /** Extra class. */
  className?: string;
}

/** An error message with the correlation id to quote to support, as an alert. */
export function ErrorState({
  title,
  message,
  correlationId,
  onRetry,
  className,
}: ErrorStateProps): ReactNode {
  const t = useT();
  return (
    <section className={cx('tr-state tr-state--error', className)} role="alert">
      <h2 className="tr-state__title">{title ?? t('state.errorTitle')}</h2>
      <p className="tr-state__body">{message}</p>
      {correlationId ? (
        <p className="tr-state__correlation">
          {`${t('state.correlationHint')} ${t('state.correlationId')}: `}
          <code>{correlationId}</code>
        </p>
      ) : null}
      {onRetry ? (
        <button type="button" className="tr-button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </section>
  );
}
