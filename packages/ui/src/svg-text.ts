/**
 * Average glyph width as a share of the font size for the system sans-serif fonts;
 * SVG text cannot wrap itself, so lines are broken by an estimate on the safe side.
 */
const GLYPH_WIDTH = 0.56;

/** How many characters fit in `width` at `fontSize` (at least one). */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * GLYPH_WIDTH)));
}

/**
 * Breaks text into lines of at most `maxChars` characters at spaces (and after
 * slashes or hyphens when a word is too long), for drawing as SVG `<tspan>`s.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words.flatMap((w) => splitLongWord(w, maxChars))) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function splitLongWord(word: string, maxChars: number): string[] {
  if (word.length <= maxChars) return [word];
  const parts = word.split(/(?<=[/-])/);
  return parts.length > 1 ? parts : [word];
}

/** A DOM-safe id fragment from React's `useId()` (which may contain `:` or `«»`). */
export function safeId(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, '');
}
