/**
 * leftover-chrome: page furniture in the article text — "Baca Juga: …", the comment form,
 * share bars, "Editor: …" — left by the extractor or pasted in by an editor.
 */
import type { LintContext, TextUnit } from '../context.js';
import { CHROME_LINES, RELATED_LEAD_INS } from '../../extract/sites/boilerplate.js';
import { isChromeLine, isRelatedLeadIn } from '../../extract/chrome.js';
import { STAFF_LABELS } from '../data/markers.js';
import type { Rule, RuleHit } from '../types.js';

/**
 * The extractor's own chrome data. A pattern anchored at both ends ("^…$") describes a
 * whole block; one anchored only at the start describes text that starts chrome, so it is
 * also looked for at each sentence start inside a paragraph.
 */
const WHOLE_BLOCK: readonly RegExp[] = [...CHROME_LINES, ...RELATED_LEAD_INS];
const SENTENCE_START: readonly RegExp[] = WHOLE_BLOCK.filter((re) => !re.source.endsWith('$'));
const SENTENCE_BREAK = /[.!?…)\]"”’]\s+(?=\p{Lu})/gu;
const MAX_FOUND = 120;

/** A staff label, capitalised as a line starts it ("Editor:", "PEWARTA :"), after a space or at the start. */
const labels = STAFF_LABELS.flatMap((l) => [l, l.toUpperCase()]).join('|');
const STAFF_LABEL = new RegExp(`(?<=^|\\s)(?:${labels})[^\\S\\r\\n]*[:：]`, 'gu');
/** A name in a staff line: capitalised words and initials ("Budi Santoso", "M. Rizal", "(kjc)"), no sentence. */
const STAFF_NAME = "(?:\\p{Lu}[\\p{L}.'’-]*|\\(\\p{Ll}{2,4}\\))(?![\\p{L}])(?:[^\\S\\r\\n]*[,/&][^\\S\\r\\n]*|[^\\S\\r\\n]+)?";
/** One or more staff lines to the end of the text: "Pewarta: Rina Redaktur: Dodi". */
const STAFF_TAIL = new RegExp(`^(?:(?:${labels})[^\\S\\r\\n]*[:：][^\\S\\r\\n]*(?:${STAFF_NAME}){1,6}\\s*)+\\.?$`, 'u');

const MESSAGES = {
  chrome: 'page chrome in the article text: "{{text}}"',
};

export const leftoverChrome: Rule = {
  meta: {
    id: 'leftover-chrome',
    defaultSeverity: 'warning',
    description: 'page chrome ("Baca Juga", comment form, share bar, "Editor:") in the article text',
    docs:
      "Uses the extractor's boilerplate data (src/extract/sites/boilerplate.ts). A paragraph that is chrome as a whole " +
      '("Baca Juga: …", "Tinggalkan Balasan", "Bagikan ke Facebook WhatsApp", "Editor: Budi", "Ikuti kami di Google News") ' +
      'is reported, and so is chrome that starts inside a paragraph after a sentence ("… (kjc) Tinggalkan Balasan ' +
      'Alamat email Anda tidak akan dipublikasikan"). Staff credit lines ("Editor: …", "Penulis: …", "Pewarta: …", ' +
      '"Reporter: …", "Redaktur: …") count wherever they stand: a paragraph of their own, or glued under the last ' +
      'sentence of any paragraph, first, middle or last ("… tetap stabil. Editor: Budi Santoso"); a sentence that only ' +
      'mentions an editor ("Editor: Budi mengatakan …", "tugas editor berat") does not. On a web page this is the extractor letting chrome through (or ' +
      'the chrome being typed into the article); in a draft it is usually copy-paste. `found` is the chrome text (at ' +
      'most 120 characters), `expected` null.',
    examples: [
      { text: 'A paragraph "Baca Juga: Bupati Banjar Resmikan Jembatan Gantung Sungai Tabuk"', note: 'page chrome in the article text' },
      { text: '"Warga diminta membaca juga petunjuk teknis yang dibagikan."', note: 'quiet: ordinary text' },
    ],
    options: {},
    messages: MESSAGES,
  },
  check(ctx: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const unit of ctx.paragraphs) {
      const hit = whole(unit) ?? inside(unit) ?? staffTail(unit);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

function whole(unit: TextUnit): RuleHit | null {
  return isChromeLine(unit.text) || isRelatedLeadIn(unit.text) ? chromeHit(unit, 0) : null;
}

function inside(unit: TextUnit): RuleHit | null {
  const text = unit.text;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    for (const re of SENTENCE_START) {
      if (re.test(rest)) return chromeHit(unit, start);
    }
  }
  return null;
}

/** Staff lines glued under a paragraph's text ("… harga tetap stabil. Editor: Budi Santoso"). */
function staffTail(unit: TextUnit): RuleHit | null {
  const text = unit.text;
  STAFF_LABEL.lastIndex = 0;
  for (let m = STAFF_LABEL.exec(text); m; m = STAFF_LABEL.exec(text)) {
    if (m.index > 0 && text.length - m.index <= MAX_FOUND && STAFF_TAIL.test(text.slice(m.index))) return chromeHit(unit, m.index);
  }
  return null;
}

function chromeHit(unit: TextUnit, start: number): RuleHit {
  const end = Math.min(unit.text.length, start + MAX_FOUND);
  const found = unit.text.slice(start, end);
  return {
    unit,
    start,
    end,
    found,
    expected: null,
    messageId: 'chrome',
    data: { text: found.length > 60 ? found.slice(0, 57) + '…' : found },
    suggestion:
      start === 0
        ? 'remove this paragraph: it is not part of the article'
        : 'remove the text from here to the end of the paragraph: it is not part of the article',
  };
}
