import type { Staircase, Step } from '@trappen/staircase';
import { charsThatFit, wrapText } from './svg-text';

/** Where a step stands relative to the child's current step. */
export type StepState = 'current' | 'below' | 'above';

/** One drawn step of the large staircase picture. */
export interface StepBox {
  /** The step. */
  step: Readonly<Step>;
  /** Its state relative to the current step. */
  state: StepState;
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
  /** The step's name, broken into lines. */
  lines: string[];
}

/** Geometry of the large staircase picture, in SVG user units. */
export interface LargeLayout {
  /** Total width. */
  width: number;
  /** Total height. */
  height: number;
  /** Steps from the top of the picture (highest rank) to the bottom (rank 1). */
  boxes: StepBox[];
}

/** Measures of the large picture; shared with the component that draws it. */
export const LARGE = {
  width: 360,
  /** Room on the left for the "way down" arrow. */
  gutter: 40,
  /** How far each higher step is indented: this is what makes the staircase shape. */
  indent: 18,
  fontSize: 15,
  lineHeight: 19,
  padY: 11,
  /** Where the name text starts, from the step's left edge (after the number badge). */
  textInset: 44,
  padRight: 10,
} as const;

/** The state of a step given the current step's rank (`null`: not on the staircase). */
export function stepState(rank: number, currentRank: number | null): StepState {
  if (currentRank === null || rank > currentRank) return 'above';
  return rank === currentRank ? 'current' : 'below';
}

/**
 * Lays out the large staircase: one row per step, rank 1 at the bottom and full
 * width, each higher step indented further so the left edge rises like a stair.
 * The current step gets an extra line for its "you are here" label.
 */
export function layoutLarge(
  staircase: Staircase,
  currentRank: number | null,
  nameOf: (step: Readonly<Step>) => string,
): LargeLayout {
  const steps = [...staircase.steps].sort((a, b) => b.rank - a.rank);
  const boxes: StepBox[] = [];
  let y = 0;
  for (const step of steps) {
    const x = LARGE.gutter + (step.rank - 1) * LARGE.indent;
    const width = LARGE.width - x;
    const state = stepState(step.rank, currentRank);
    const maxChars = charsThatFit(width - LARGE.textInset - LARGE.padRight, LARGE.fontSize);
    const lines = wrapText(nameOf(step), maxChars);
    const lineCount = lines.length + (state === 'current' ? 1 : 0);
    const height = Math.max(44, LARGE.padY * 2 + lineCount * LARGE.lineHeight);
    boxes.push({ step, state, x, y, width, height, lines });
    y += height;
  }
  return { width: LARGE.width, height: y, boxes };
}
