/**
 * Where a span of an extracted text stands in the original file: line, column (1-based)
 * and length in the source. The text's anchors give the text node; inside it, entities
 * (&nbsp;, &#8217;), inline tags and collapsed whitespace can shift characters, so the span
 * is looked for in the source from its node on, allowing exactly those differences.
 */
import type { SourcedText } from '../parse/sourced-text.js';
import type { SourceLines } from '../parse/source-lines.js';

export interface SourcePosition {
  line: number | null;
  column: number | null;
  length: number | null;
}

const UNKNOWN: SourcePosition = { line: null, column: null, length: null };

/** How far past the approximate offset the span may have moved (entities, tags). */
const SLACK = 400;

export function locate(source: string, lines: SourceLines, sourced: SourcedText, start: number, end: number): SourcePosition {
  const anchor = anchorFor(sourced, start);
  if (!anchor || anchor.source < 0) return UNKNOWN;
  const approx = anchor.source + (start - anchor.text);
  const target = sourced.text.slice(start, end);
  let from = -1;
  let to = -1;
  const firstWord = FIRST_WORD.exec(target)?.[0] ?? '';
  if (target && source.startsWith(target, approx)) {
    from = approx;
    to = approx + target.length;
  } else if (firstWord.length >= 3 && source.startsWith(firstWord, approx)) {
    // The start is where the anchor says (entities or tags later in the span moved only its end).
    from = approx;
    to = Math.max(from + firstWord.length, endOf(sourced, end));
  } else if (target) {
    // The start is what matters (line and column); a long span's end comes from its last anchor.
    const head = target.length > MAX_TARGET ? target.slice(0, MAX_TARGET).trimEnd() : target;
    const match = tolerantSearch(source, head, anchor.source, approx + SLACK + head.length * 4);
    if (match) {
      [from, to] = match;
      if (head.length < target.length) to = Math.max(to, endOf(sourced, end));
    }
  }
  if (from < 0) {
    if (approx > source.length) return UNKNOWN;
    from = approx;
    to = Math.min(source.length, approx + target.length);
  }
  const { line, column } = lines.position(from);
  return { line, column, length: Math.max(0, to - from) };
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** Source offset just after the span's last character, from its anchor (-1 if unknown). */
function endOf(sourced: SourcedText, end: number): number {
  const last = anchorFor(sourced, end - 1);
  return last && last.source >= 0 ? last.source + (end - 1 - last.text) + 1 : -1;
}

function anchorFor(sourced: SourcedText, offset: number): { text: number; source: number } | null {
  const a = sourced.anchors;
  let best = -1;
  for (let i = 0; i < a.length; i += 2) {
    if (a[i] <= offset) best = i;
    else break;
  }
  return best < 0 ? null : { text: a[best], source: a[best + 1] };
}

const BETWEEN = '(?:<[^<>]{0,300}>|&[#\\w]{1,10};|[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF])*';
const SPACE = '(?:\\s|&nbsp;|&#0*160;|&#x0*a0;|<[^<>]{0,300}>|[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000])+';
/** Characters of the span matched tolerantly (enough to place it; the pattern stays small). */
const MAX_TARGET = 40;

/** The span in the source, allowing entities, tags and whitespace runs where the text has none. */
function tolerantSearch(source: string, target: string, from: number, until: number): [number, number] | null {
  let pattern = '';
  for (const ch of target) {
    if (ch === ' ') {
      pattern += SPACE;
      continue;
    }
    if (pattern && !pattern.endsWith('+')) pattern += BETWEEN;
    if (/[A-Za-z0-9]/.test(ch)) pattern += ch;
    else pattern += `(?:${ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}|&[#\\w]{1,10};)`;
  }
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch {
    return null;
  }
  const m = re.exec(source.slice(from, Math.min(source.length, until)));
  if (!m) return null;
  return [from + m.index, from + m.index + m[0].length];
}
