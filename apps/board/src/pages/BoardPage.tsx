import { formatDate, LOCALES, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useId, useState } from 'react';
import type { Board } from '../api/client';
import type { Granularity } from '../board/periods';
import { Sections } from '../board/Sections';
import { Story } from '../board/Story';
import { messages } from '../messages';

/** The overview: the reform's story first, then every KPI by year or quarter. */
export function BoardPage({ board }: { board: Board }): ReactNode {
  const t = useT(messages);
  const { lang } = useLanguage();
  const [granularity, setGranularity] = useState<Granularity>('year');
  const name = useId();
  return (
    <div className="board">
      <h1>{t('appName')}</h1>
      <p className="board-intro">
        {t('intro', {
          name: board.municipality.name,
          start: board.municipality.reformStart
            ? formatDate(board.municipality.reformStart, lang)
            : '–',
        })}
      </p>
      <p className="board-note">
        {t('computedNote', {
          lastDay: formatDate(board.lastDay, lang),
          computedAt: new Intl.DateTimeFormat(LOCALES[lang], {
            dateStyle: 'long',
            timeStyle: 'short',
            timeZone: 'Europe/Copenhagen',
          }).format(new Date(board.computedAt)),
        })}
        {board.upToDate ? null : ` ${t('refreshingNote')}`}
      </p>
      <Story board={board} />
      <fieldset className="board-granularity">
        <legend>{t('granularity')}</legend>
        {(['year', 'quarter'] as const).map((g) => (
          <label key={g}>
            <input
              type="radio"
              name={name}
              value={g}
              checked={granularity === g}
              onChange={() => setGranularity(g)}
            />
            {t(g === 'year' ? 'years' : 'quarters')}
          </label>
        ))}
      </fieldset>
      <p className="board-note">{t('suppressedNote')}</p>
      <Sections board={board} granularity={granularity} tableMode="toggle" />
    </div>
  );
}
