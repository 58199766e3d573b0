import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { trpcClient } from '../api/client';
import { keys } from '../api/queries';
import { formatDay } from '../format/dates';
import { planMessages } from '../messages/plan';

/** Props of {@link ConfirmRead}. */
export interface ConfirmReadProps {
  childId: string;
  /** When the parent confirmed reading this version, or `null`. */
  readByMe: string | null;
}

/** "I have read the plan": a button, then a confirmation with the date. */
export function ConfirmRead({ childId, readByMe }: ConfirmReadProps): ReactNode {
  const t = useT(planMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () => trpcClient.plans.confirmRead.mutate({ childId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.parentView(childId) }),
  });
  const readAt = readByMe ?? confirm.data?.readAt ?? null;
  return (
    <div className="portal-confirm" aria-live="polite">
      {readAt ? (
        <p className="portal-confirm__done">
          <span aria-hidden="true" className="portal-check">
            ✓
          </span>{' '}
          {t('readConfirmed', { date: formatDay(readAt, lang) })}
        </p>
      ) : (
        <>
          <button
            type="button"
            className="tr-button portal-confirm__button"
            onClick={() => confirm.mutate()}
            disabled={confirm.isPending}
          >
            {confirm.isPending ? t('confirming') : t('confirmRead')}
          </button>
          {confirm.isError ? (
            <p className="portal-error" role="alert">
              {t('confirmFailed')}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
