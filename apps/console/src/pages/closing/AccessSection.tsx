import { useQuery } from '@tanstack/react-query';
import { useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { useTRPC } from '../../api/trpc';
import { QueryState } from '../../lib/QueryState';
import { navigate } from '../../router/history';
import { closingMessages } from './messages';

/** Answering a family's access request in one step: choose who asks, open the export. */
export function AccessSection({ caseId, childId }: { caseId: string; childId: string }): ReactNode {
  const t = useT(closingMessages);
  const trpc = useTRPC();
  const query = useQuery(trpc.access.requesters.queryOptions({ childId }));
  const [requester, setRequester] = useState('');
  return (
    <section className="c-section" aria-labelledby="access-title" id="access">
      <h2 id="access-title">{t('access.title')}</h2>
      <QueryState query={query} loadingLabel={t('doc.loading')}>
        {(data) => {
          const chosen =
            requester || data.guardians[0]?.id || (data.youngPersonMayAsk ? 'young' : '');
          return (
            <form
              className="c-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (chosen) navigate(`/cases/${caseId}/access/${chosen}`);
              }}
            >
              <p>{t('access.intro', { age: data.accessAge })}</p>
              <fieldset>
                <legend>{t('access.requester')}</legend>
                {data.guardians.map((g) => (
                  <label key={g.id} className="c-check">
                    <input
                      type="radio"
                      name="requester"
                      value={g.id}
                      checked={chosen === g.id}
                      onChange={() => setRequester(g.id)}
                    />
                    {` ${g.name} (${g.relation})`}
                  </label>
                ))}
                <label className="c-check">
                  <input
                    type="radio"
                    name="requester"
                    value="young"
                    disabled={!data.youngPersonMayAsk}
                    checked={chosen === 'young'}
                    onChange={() => setRequester('young')}
                  />
                  {` ${data.youngPersonMayAsk ? t('access.young') : t('access.youngTooYoung', { age: data.accessAge })}`}
                </label>
              </fieldset>
              <button type="submit" className="tr-button tr-button--primary" disabled={!chosen}>
                {t('access.make')}
              </button>
            </form>
          );
        }}
      </QueryState>
    </section>
  );
}
