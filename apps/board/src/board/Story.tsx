import type { Reversal } from '@trappen/kpi';
import { boardStory } from '@trappen/kpi';
import { formatDKK, formatNumber, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Board } from '../api/client';
import { messages, type T } from '../messages';
import { changeText, countText, numberOf, pointsText, shareText } from './cells';

/**
 * The reform in a minute: the last complete year before the reform (the stated
 * baseline) against the latest complete year, from the same published cells as the
 * charts (`boardStory`), and a recent reversal when the latest quarters move against
 * the long-run change.
 */
export function Story({ board }: { board: Board }): ReactNode {
  const t = useT(messages);
  const { lang } = useLanguage();
  const story = boardStory(board);
  const before = story.baseline;
  const after = story.latest;
  if (!after) return null;
  const moved = board.movement.find((m) => m.label === after);
  const load = board.caseload.find((c) => c.label === after)?.municipality;
  const loadBefore = board.caseload.find((c) => c.label === before)?.municipality;
  // The latest complete year's saving, as the savings chart shows it (never a sum of years).
  const latestSaving = board.savings.years.find(
    (y) => String(y.year) === after && y.realised !== null && y.projected !== null,
  );
  const rows: { label: string; before: string; after: string; change: string }[] = [
    {
      label: t('placedStoryLabel'),
      before: countText(story.placed.baseline ?? undefined, lang),
      after: countText(story.placed.latest ?? undefined, lang),
      change: changeText(
        numberOf(story.placed.baseline ?? undefined),
        numberOf(story.placed.latest ?? undefined),
        lang,
      ),
    },
    ...(
      [
        ['family', story.familyShare],
        ['institution', story.institutionShare],
      ] as const
    ).map(([group, figure]) => ({
      label: `${t(group)} (${t('share')})`,
      before: shareText(figure.baseline ?? undefined, lang),
      after: shareText(figure.latest ?? undefined, lang),
      change: pointsText(
        numberOf(figure.baseline ?? undefined),
        numberOf(figure.latest ?? undefined),
        lang,
        t('points'),
      ),
    })),
    {
      label: `${t('movementTitle')}: ${t('down')} / ${t('up')}`,
      before: (() => {
        const m = board.movement.find((x) => x.label === before);
        return `${countText(m?.down, lang)} / ${countText(m?.up, lang)}`;
      })(),
      after: `${countText(moved?.down, lang)} / ${countText(moved?.up, lang)}`,
      change: '',
    },
    {
      label: `${t('average')} (${t('norm')} ${load?.target ?? '–'})`,
      before:
        loadBefore?.averagePerFte == null ? '–' : formatNumber(loadBefore.averagePerFte, lang, 1),
      after: load?.averagePerFte == null ? '–' : formatNumber(load.averagePerFte, lang, 1),
      change: changeText(loadBefore?.averagePerFte ?? null, load?.averagePerFte ?? null, lang),
    },
    {
      label: `${t('realised')} / ${t('projected')} (P10–P90)`,
      before: '',
      after: latestSaving
        ? `${formatDKK(latestSaving.realised ?? 0, lang)} / ${formatDKK(
            latestSaving.projected?.p50 ?? 0,
            lang,
          )} (${formatDKK(latestSaving.projected?.p10 ?? 0, lang)}–${formatDKK(
            latestSaving.projected?.p90 ?? 0,
            lang,
          )})`
        : '–',
      change: '',
    },
  ];
  return (
    <section className="board-story" aria-labelledby="story-title">
      <h2 id="story-title">{t('storyTitle')}</h2>
      <table className="tr-table board-story__table">
        <caption className="tr-visually-hidden">{t('storyTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figure')}</th>
            <th scope="col">{t('before', { label: before ?? '–' })}</th>
            <th scope="col">{t('after', { label: after })}</th>
            <th scope="col">{t('change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td data-label={t('before', { label: before ?? '–' })}>{r.before}</td>
              <td data-label={t('after', { label: after })}>{r.after}</td>
              <td data-label={t('change')}>{r.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="board-story__note">
        {t('storyBaseline', { before: before ?? '–', after })}
        {story.reversal ? ` ${reversalText(story.reversal, t, lang)}` : ''}
      </p>
    </section>
  );
}

/** The sentence about a recent reversal, from the story's numbers. */
export function reversalText(reversal: Reversal, t: T, lang: 'da' | 'en'): string {
  return t(reversal.change > 0 ? 'reversalUp' : 'reversalDown', {
    from: reversal.from,
    to: reversal.to,
    fromValue: formatNumber(reversal.fromValue, lang),
    toValue: formatNumber(reversal.toValue, lang),
    change: changeText(reversal.fromValue, reversal.toValue, lang),
  });
}
