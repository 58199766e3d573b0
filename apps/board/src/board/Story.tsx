import { formatDKK, formatNumber, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Board } from '../api/client';
import { messages } from '../messages';
import { changeText, countText, numberOf, pointsText, shareText } from './cells';
import { beforeAfterYears } from './periods';

/** The reform in a minute: before the reform against the latest year, five headline figures. */
export function Story({ board }: { board: Board }): ReactNode {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { before, after } = beforeAfterYears(board);
  if (!after) return null;
  const placed = (label: string | null) => board.placed.find((p) => p.label === label);
  const mix = (label: string | null, group: string) =>
    board.mix.find((m) => m.label === label)?.byGroup.find((b) => b.group === group)?.share;
  const moved = board.movement.find((m) => m.label === after);
  const load = board.caseload.find((c) => c.label === after)?.municipality;
  const loadBefore = board.caseload.find((c) => c.label === before)?.municipality;
  const realised = board.savings.years.filter((y) => y.realised !== null && y.projected !== null);
  const sum = (f: (y: (typeof realised)[number]) => number) =>
    realised.reduce((s, y) => s + f(y), 0);
  const rows: { label: string; before: string; after: string; change: string }[] = [
    {
      label: t('placedTitle'),
      before: countText(placed(before)?.total, lang),
      after: countText(placed(after)?.total, lang),
      change: changeText(numberOf(placed(before)?.total), numberOf(placed(after)?.total), lang),
    },
    {
      label: `${t('family')} (${t('share')})`,
      before: shareText(mix(before, 'family'), lang),
      after: shareText(mix(after, 'family'), lang),
      change: pointsText(
        numberOf(mix(before, 'family')),
        numberOf(mix(after, 'family')),
        lang,
        t('points'),
      ),
    },
    {
      label: `${t('institution')} (${t('share')})`,
      before: shareText(mix(before, 'institution'), lang),
      after: shareText(mix(after, 'institution'), lang),
      change: pointsText(
        numberOf(mix(before, 'institution')),
        numberOf(mix(after, 'institution')),
        lang,
        t('points'),
      ),
    },
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
      label: `${t('realised')} / ${t('projected')}`,
      before: '',
      after:
        realised.length > 0
          ? `${formatDKK(
              sum((y) => y.realised ?? 0),
              lang,
            )} / ${formatDKK(
              sum((y) => y.projected?.p50 ?? 0),
              lang,
            )}`
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
              <td>{r.before}</td>
              <td>{r.after}</td>
              <td>{r.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
