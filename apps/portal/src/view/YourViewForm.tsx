import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorState, FormField, formatNumber, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { trpcClient } from '../api/client';
import { toProblem } from '../api/errors';
import { keys } from '../api/queries';
import { yourViewMessages } from '../messages/your-view';

/** The most the API accepts in one comment. */
export const MAX_VIEW_LENGTH = 4000;

/** Props of {@link YourViewForm}. */
export interface YourViewFormProps {
  childId: string;
  /** The caseworker's name for the thank-you message, when there is one. */
  caseworkerName: string | null;
}

/** The form where a parent writes their view before the next meeting. */
export function YourViewForm({ childId, caseworkerName }: YourViewFormProps): ReactNode {
  const t = useT(yourViewMessages);
  const { lang } = useLanguage();
  const max = formatNumber(MAX_VIEW_LENGTH, lang);
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const add = useMutation({
    mutationFn: (text: string) => trpcClient.plans.addComment.mutate({ childId, body: text }),
    onSuccess: async () => {
      setBody('');
      await queryClient.invalidateQueries({ queryKey: keys.parentView(childId) });
    },
  });

  useEffect(() => {
    if (add.isSuccess) successRef.current?.focus();
  }, [add.isSuccess]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    const error = !text ? t('empty') : text.length > MAX_VIEW_LENGTH ? t('tooLong', { max }) : null;
    setFieldError(error);
    if (error) return textRef.current?.focus();
    add.mutate(text);
  };

  if (add.isSuccess) {
    return (
      <div
        ref={successRef}
        tabIndex={-1}
        className="portal-notice portal-notice--success"
        role="status"
      >
        <p className="portal-notice__title">{t('successTitle')}</p>
        <p className="portal-notice__body">
          {caseworkerName
            ? t('successBody', { caseworker: caseworkerName })
            : t('successBodyNoCaseworker')}
        </p>
        <button type="button" className="tr-button" onClick={() => add.reset()}>
          {t('writeMore')}
        </button>
      </div>
    );
  }

  const problem = add.isError ? toProblem(add.error) : null;
  return (
    <form className="portal-form" onSubmit={submit} noValidate>
      {problem && problem.code !== 'UNAUTHORIZED' ? (
        <ErrorState
          title={t('failedTitle')}
          message={t('failedBody')}
          correlationId={problem.requestId}
        />
      ) : null}
      <FormField label={t('label')} hint={t('hint', { max })} error={fieldError} required>
        {(control) => (
          <textarea
            {...control}
            ref={textRef}
            name="view"
            rows={8}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
        )}
      </FormField>
      <p className="portal-counter">
        {t('counter', { count: formatNumber(body.trim().length, lang), max })}
      </p>
      <button type="submit" className="tr-button tr-button--primary" disabled={add.isPending}>
        {add.isPending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
