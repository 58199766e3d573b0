import type { Staircase, Step } from '@trappen/staircase';
import type { ReactNode } from 'react';
import { cx } from './cx';
import type { Lang } from './i18n/dictionary';
import { translator } from './i18n/dictionary';
import { useLanguage } from './i18n/LanguageProvider';
import { uiMessages } from './i18n/ui-messages';
import { LARGE, type LargeLayout, layoutLarge, stepState } from './staircase-layout';

/** Props of {@link StaircasePicture}. */
export interface StaircasePictureProps {
  /** The municipality's staircase. */
  staircase: Staircase;
  /** Id of the child's current step, or `null` when the child is on no step. */
  currentStep: string | null;
  /** `small` for case lists (an icon with "3/6"), `large` for the parent portal. */
  size?: 'small' | 'large';
  /** Language of the labels; defaults to the {@link LanguageProvider}'s. */
  lang?: Lang;
  /** Replaces the "the child is here now" label, e.g. "Dit barn er her" in the portal. */
  currentLabel?: string;
  /** Extra class on the outer element. */
  className?: string;
}

/**
 * A picture of the staircase with the child's current step highlighted and the
 * steps below it shown as the way down (rank 1 at the bottom). The picture has a
 * text alternative naming the current step, and the current step carries a text
 * label and a different shape, so colour is never the only cue.
 */
export function StaircasePicture({
  staircase,
  currentStep,
  size = 'large',
  lang: langProp,
  currentLabel,
  className,
}: StaircasePictureProps): ReactNode {
  const context = useLanguage();
  const lang = langProp ?? context.lang;
  const t = translator(uiMessages, lang);
  const current = staircase.steps.find((s) => s.id === currentStep) ?? null;
  const count = staircase.steps.length;
  const nameOf = (step: Readonly<Step>) => step.name[lang];

  if (size === 'small') {
    const text = current
      ? t('staircase.short', { rank: current.rank, count, name: nameOf(current) })
      : t('staircase.shortNone');
    return (
      <span className={cx('tr-staircase tr-staircase--small', className)}>
        <SmallStairs staircase={staircase} currentRank={current?.rank ?? null} label={text} />
        <span className="tr-staircase__fraction" aria-hidden="true">
          {current ? `${current.rank}/${count}` : '–'}
        </span>
      </span>
    );
  }

  const below = staircase.steps
    .filter((s) => current && s.rank < current.rank)
    .sort((a, b) => b.rank - a.rank)
    .map((s) => `${t('staircase.step', { rank: s.rank })} (${nameOf(s)})`);
  const alt = current
    ? [
        t('staircase.alt', { count, rank: current.rank, name: nameOf(current) }),
        below.length > 0 ? t('staircase.altWayDown', { steps: below.join(', ') }) : '',
      ]
        .filter(Boolean)
        .join(' ')
    : t('staircase.altNone', { count });
  const layout = layoutLarge(staircase, current?.rank ?? null, nameOf);
  return (
    <figure className={cx('tr-staircase tr-staircase--large', className)}>
      <LargeStairs
        layout={layout}
        alt={alt}
        currentLabel={currentLabel ?? t('staircase.current')}
        wayDownLabel={t('staircase.wayDown')}
      />
    </figure>
  );
}

interface LargeStairsProps {
  layout: LargeLayout;
  alt: string;
  currentLabel: string;
  wayDownLabel: string;
}

function LargeStairs({ layout, alt, currentLabel, wayDownLabel }: LargeStairsProps): ReactNode {
  const currentBox = layout.boxes.find((b) => b.state === 'current');
  const bottom = layout.boxes[layout.boxes.length - 1];
  const arrowX = LARGE.gutter / 2;
  return (
    <svg
      className="tr-staircase__svg"
      viewBox={`0 0 ${layout.width} ${layout.height + 2}`}
      role="img"
      aria-label={alt}
    >
      <title>{alt}</title>
      {layout.boxes.map((box) => {
        const current = box.state === 'current';
        const textX = box.x + LARGE.textInset;
        const firstLine = box.y + LARGE.padY + LARGE.fontSize;
        return (
          <g key={box.step.id} className={`tr-staircase__step tr-staircase__step--${box.state}`}>
            <rect x={box.x} y={box.y + 1} width={box.width - 1} height={box.height} rx="3" />
            <circle cx={box.x + 22} cy={box.y + 1 + box.height / 2} r="14" />
            <text
              x={box.x + 22}
              y={box.y + 1 + box.height / 2}
              className="tr-staircase__rank"
              textAnchor="middle"
              dominantBaseline="central"
            >
              {box.step.rank}
            </text>
            <text className="tr-staircase__name" x={textX} y={firstLine}>
              {current ? (
                <tspan x={textX} className="tr-staircase__here">
                  {currentLabel}
                </tspan>
              ) : null}
              {box.lines.map((line, i) => (
                <tspan key={line} x={textX} dy={i === 0 && !current ? 0 : LARGE.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      {currentBox && bottom && currentBox !== bottom ? (
        <g className="tr-staircase__way-down">
          <line
            x1={arrowX}
            y1={currentBox.y + currentBox.height / 2}
            x2={arrowX}
            y2={bottom.y + bottom.height - 12}
          />
          <path
            d={`M${arrowX - 8},${bottom.y + bottom.height - 20} L${arrowX},${bottom.y + bottom.height - 6} L${arrowX + 8},${bottom.y + bottom.height - 20}`}
          />
          <text
            className="tr-staircase__way-down-label"
            transform={`translate(${arrowX - 6}, ${(currentBox.y + currentBox.height / 2 + bottom.y + bottom.height - 12) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {wayDownLabel}
          </text>
        </g>
      ) : null}
    </svg>
  );
}

interface SmallStairsProps {
  staircase: Staircase;
  currentRank: number | null;
  label: string;
}

const SMALL = { column: 9, gap: 1, height: 30, marker: 7 } as const;

function SmallStairs({ staircase, currentRank, label }: SmallStairsProps): ReactNode {
  const n = staircase.steps.length;
  const width = n * (SMALL.column + SMALL.gap) + 1;
  const total = SMALL.height + SMALL.marker + 2;
  return (
    <svg
      className="tr-staircase__svg"
      width={width}
      height={total}
      viewBox={`0 0 ${width} ${total}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {[...staircase.steps]
        .sort((a, b) => a.rank - b.rank)
        .map((step) => {
          const h = (step.rank / n) * SMALL.height;
          const x = 1 + (step.rank - 1) * (SMALL.column + SMALL.gap);
          const state = stepState(step.rank, currentRank);
          return (
            <g key={step.id} className={`tr-staircase__step tr-staircase__step--${state}`}>
              <rect x={x} y={total - h - 1} width={SMALL.column - 1} height={h} />
              {state === 'current' ? (
                <path
                  className="tr-staircase__marker"
                  d={`M${x},${total - h - SMALL.marker - 2} h${SMALL.column - 1} l-${(SMALL.column - 1) / 2},${SMALL.marker - 1} z`}
                />
              ) : null}
            </g>
          );
        })}
    </svg>
  );
}
