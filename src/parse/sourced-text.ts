import { stripEscapeSequences } from '../util/terminal.js';

/**
 * Text gathered from the page together with where each piece stood in the source,
 * so a finding inside a caption or paragraph can point at a line and column.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is what it is for
const INVISIBLE_OR_CONTROL = /[\u00AD\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const LEADING_SPACE = /^[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/;
const SPACE_RUN = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

export interface SourcedText {
  text: string;
  /** Flattened pairs [textOffset, sourceOffset, …], ascending by textOffset; sourceOffset -1 when unknown. */
  anchors: number[];
}

/** Accumulates whitespace-normalised text from text nodes, remembering their source offsets. */
export class TextBuilder {
  private out = '';
  private anchors: number[] = [];
  private pendingSpace = false;

  get length(): number {
    return this.out.length;
  }

  append(data: string, sourceStart: number | null): void {
    // Terminal escape sequences in page text go whole (offsets past them shift a little).
    let s = stripEscapeSequences(data);
    if (INVISIBLE_OR_CONTROL.test(s)) s = s.replace(INVISIBLE_OR_CONTROL, '');
    INVISIBLE_OR_CONTROL.lastIndex = 0;
    const lead = LEADING_SPACE.exec(s)?.[0].length ?? 0;
    if (lead === s.length) {
      if (s.length) this.pendingSpace = true;
      return;
    }
    if (lead) this.pendingSpace = true;
    let body = s.slice(lead).replace(SPACE_RUN, ' ');
    if (body.endsWith(' ')) body = body.slice(0, -1);
    if (this.pendingSpace && this.out.length) this.out += ' ';
    this.pendingSpace = s.length > lead && /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]$/.test(s);
    this.anchors.push(this.out.length, sourceStart == null ? -1 : sourceStart + lead);
    this.out += body;
  }

  /** A soft break (e.g. `<br>` or the edge of an inline block): becomes one space. */
  space(): void {
    this.pendingSpace = true;
  }

  build(): SourcedText {
    return { text: this.out, anchors: this.anchors };
  }
}

/** Best-known source offset of a character of the text, or null. */
export function sourceOffsetAt(sourced: SourcedText, offset: number): number | null {
  const a = sourced.anchors;
  let best = -1;
  for (let i = 0; i < a.length; i += 2) {
    if (a[i] <= offset) best = i;
    else break;
  }
  if (best < 0 || a[best + 1] < 0) return null;
  return a[best + 1] + (offset - a[best]);
}

/** A slice of a sourced text keeping its anchors (offsets rebased to the slice). */
export function sliceSourced(sourced: SourcedText, start: number, end: number = sourced.text.length): SourcedText {
  const anchors: number[] = [];
  const a = sourced.anchors;
  for (let i = 0; i < a.length; i += 2) {
    const t = a[i];
    const src = a[i + 1];
    const nextT = i + 2 < a.length ? a[i + 2] : Infinity;
    if (nextT <= start || t >= end) continue;
    if (t < start) anchors.push(0, src < 0 ? -1 : src + (start - t));
    else anchors.push(t - start, src);
  }
  return { text: sourced.text.slice(start, end), anchors };
}

/** A sourced text built from a plain string whose source position is known (or not). */
export function plainSourced(text: string, sourceStart: number | null = null): SourcedText {
  return { text, anchors: [0, sourceStart ?? -1] };
}

/** Two sourced texts joined by a space. */
export function joinSourced(a: SourcedText, b: SourcedText): SourcedText {
  const shift = a.text.length + 1;
  const anchors = a.anchors.slice();
  for (let i = 0; i < b.anchors.length; i += 2) anchors.push(b.anchors[i] + shift, b.anchors[i + 1]);
  return { text: `${a.text} ${b.text}`, anchors };
}
