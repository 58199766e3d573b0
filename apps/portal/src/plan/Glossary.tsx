import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { planMessages } from '../messages/plan';

const TERMS = [
  ['termStaircase', 'termStaircaseText'],
  ['termPlan', 'termPlanText'],
  ['termCaseworker', 'termCaseworkerText'],
  ['termFollowUp', 'termFollowUpText'],
  ['termPlacement', 'termPlacementText'],
] as const;

/** The words families meet in letters and meetings, explained in one sentence each. */
export function Glossary(): ReactNode {
  const t = useT(planMessages);
  return (
    <section className="portal-card portal-glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('glossaryTitle')}</h2>
      <dl>
        {TERMS.map(([term, text]) => (
          <div key={term} className="portal-glossary__entry">
            <dt>{t(term)}</dt>
            <dd>{t(text)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
