/**
 * Dates in text that nothing marks, the last resort before giving up: short lines of the
 * article, a lead that opens with its date, the headline or the <title>. All are weak: they
 * rank after every marked date.
 */
import type { AnyNode, Element } from 'domhandler';
import type { ParsedPage } from '../../parse/document.js';
import { readVisibleTimestamp, type TimestampOptions } from '../../dates/index.js';
import { normalizeText } from '../../util/text.js';
import type { ArticleArea } from './area.js';
import { shortText, startsWithUpdateLabel, type DateCandidate } from './candidates.js';

/**
 * Dates in the article's short lines that no class or label marks: a byline ending in the day
 * ("von Klaus-Peter Schöppner, 8.5.12"), a date line under the headline ("3. Dezember 2011"),
 * a blog's date header. Paragraphs of the body (long lines) are left out: their dates are the
 * events'. These rank after every marked date.
 */
export function textCandidates(page: ParsedPage, area: ArticleArea, options: TimestampOptions): DateCandidate[] {
  const out: DateCandidate[] = [];
  const scope = area.scope ?? page.index.tag('body')[0] ?? null;
  if (!scope) return out;
  const stack: AnyNode[] = [...scope.children].reverse();
  let lines = 0;
  while (stack.length && lines < MAX_TEXT_LINES) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const text = node.data;
      if (!/\d/.test(text) || !/\S/.test(text)) continue;
      lines++;
      const parent = node.parent as Element | null;
      if (!parent || parent.type !== 'tag') continue;
      const line = normalizeText(shortText(parent) || text);
      if (!line || line.length > MAX_LINE || !/\d/.test(line)) continue;
      const where = area.of(parent);
      if (where === 'foreign') continue;
      const ts = readVisibleTimestamp(line, line.length <= MAX_FIELD_LINE ? options : { ...options, field: false });
      if (ts)
        out.push({
          ts,
          source: 'visible',
          kind: startsWithUpdateLabel(line) ? 'modified' : 'published',
          what: `text "${line.slice(0, 40)}"`,
          order: page.index.position(parent),
          area: where,
          weak: true,
        });
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (SKIPPED_TEXT_TAGS.has(el.name)) continue;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return out;
}

/** How many lines with a digit the text search reads before it stops: dates stand near the top or the end of a post. */
const MAX_TEXT_LINES = 400;
/** A line longer than this is a paragraph, and its dates are events. */
const MAX_LINE = 100;
/** A line this short is a date field: two-digit years count ("8.5.12"). */
const MAX_FIELD_LINE = 80;
const SKIPPED_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'nav', 'iframe', 'svg', 'form', 'button', 'textarea']);

/**
 * A lead that opens with its date, as German and Austrian press releases and small news sites
 * write it ("27.1.2022 – Bei der Erinnerung …", "Berlin, 3. Dezember 2011: …"): the place may
 * come first, then the date, then a dash or a colon. Weak: after every date the page marks.
 */
export function leadCandidates(lead: string | null, options: TimestampOptions): DateCandidate[] {
  if (!lead) return [];
  const head = lead.slice(0, 80);
  const m = LEAD_DATE_RE.exec(head);
  if (!m) return [];
  const ts = readVisibleTimestamp(m[1], options);
  return ts
    ? [{ ts, source: 'visible', kind: 'published', what: `lead "${m[0].trim()}"`, order: Number.MAX_SAFE_INTEGER - 1, area: 'article', weak: true }]
    : [];
}

/** [Place,] date then a dash or a colon, at the start of a lead. */
const LEAD_DATE_RE =
  /^(?:\p{Lu}[\p{L}.\- ]{1,30},\s*)?((?:\p{L}+,?\s+)?\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|\p{L}+\.?\s+\d{4})|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}|\p{L}+\.?\s+\d{1,2},\s+\d{4})\s*[-–—:]/u;

/** A date in the headline or the <title> ("08.11.2021 | Online-Fachtag …"): the very last resort. */
export function titleCandidates(titles: (string | null)[], options: TimestampOptions): DateCandidate[] {
  for (const title of titles) {
    if (!title || !/\d/.test(title)) continue;
    const ts = readVisibleTimestamp(title, { ...options, field: false });
    if (ts)
      return [{ ts, source: 'visible', kind: 'published', what: `title "${title.slice(0, 40)}"`, order: Number.MAX_SAFE_INTEGER, area: 'article', weak: true }];
  }
  return [];
}
