/**
 * spelling-variant: one common word spelled two accepted ways in one article ("jemaah" and
 * "jamaah", "Ramadan" and "Ramadhan").
 */
import type { LintContext, TextUnit } from '../context.js';
import { SPELLING_GROUPS, spellingGroupOf, spellingKey } from '../data/spellings.js';
import { NOT_NAME_WORDS } from '../data/names.js';
import type { Rule, RuleHit } from '../types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every spelling of the table, as whole words (a space or a hyphen in one matches either). */
const SPELLING = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${SPELLING_GROUPS.flatMap((g) => [g.standard, ...g.variants])
    .sort((a, b) => b.length - a.length)
    .map((s) => escape(s).replace(/['’]/g, "['’]").replace(/[- ]/g, '[\\s-]+'))
    .join('|')})(?![\\p{L}\\p{N}'’-])`,
  'giu',
);

/** Groups of proper nouns (Ramadan, Idulfitri): the ones a person's name may carry. */
const PROPER = SPELLING_GROUPS.map((g) => g.standard[0] !== g.standard[0].toLowerCase());
const NOT_NAME = new Set(NOT_NAME_WORDS.map((w) => w.toLowerCase()));
const WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)[^\S\r\n]+$/u;
const SENTENCE_END = /(?:^|[.!?…:;"“”–—-])\s*$/u;
const WORD_AFTER = /^[^\S\r\n]+(\p{Lu}[\p{L}'’-]*)/u;

/**
 * A capitalised spelling of a proper noun standing in a person's name ("Muhammad Ramadhan", "Ramadhan Syah") is
 * the name's own spelling, not the word's: next to a capitalised word that is not a calendar,
 * office or place word, or (before it) the word that opens the sentence. In the headline, whose
 * words are all capitalised, only the word before counts.
 */
function inName(unit: TextUnit, start: number, end: number, written: string): boolean {
  if (written[0] === written[0].toLowerCase()) return false;
  const head = unit.text.slice(Math.max(0, start - 40), start);
  const before = WORD_BEFORE.exec(head);
  if (before && !NOT_NAME.has(before[1].toLowerCase())) {
    const wordStart = start - head.length + before.index;
    if (!SENTENCE_END.test(unit.text.slice(Math.max(0, wordStart - 5), wordStart))) return true;
  }
  if (unit.kind === 'headline') return false;
  const after = WORD_AFTER.exec(unit.text.slice(end, end + 40));
  return !!after && !NOT_NAME.has(after[1].toLowerCase());
}

interface Occurrence {
  unit: TextUnit;
  start: number;
  end: number;
  written: string;
  key: string;
}

const MESSAGES = {
  variant: '"{{found}}" here, but "{{expected}}" in {{where}} — one word spelled two ways (KBBI: {{standard}})',
};

export const spellingVariant: Rule = {
  meta: {
    id: 'spelling-variant',
    defaultSeverity: 'info',
    description: 'one common word spelled two accepted ways in one article ("jemaah" and "jamaah")',
    docs:
      'Some common words have a standard spelling (KBBI, the Kamus Besar Bahasa Indonesia) and others newsrooms also ' +
      'write: "jemaah"/"jamaah", "praktik"/"praktek", "apotek"/"apotik", "Ramadan"/"Ramadhan", "Idulfitri"/"Idul ' +
      'Fitri", "silaturahmi"/"silaturrahmi" (the table, with its source, is src/lint/data/spellings.ts). Either is ' +
      'understood; both in one article is an inconsistency. The spelling the article uses first is taken as its own, ' +
      'and every later occurrence of another spelling of the word is reported with it as `expected`; the message names ' +
      'the KBBI form. Case does not count ("Jemaah" and "jemaah" agree), and neither do weekday and month spellings ' +
      '("Jumat"/"Jum\'at"): the date engine reads both. A capitalised spelling inside a person\'s name ("Muhammad ' +
      'Ramadhan") is the name\'s own and is left alone.',
    examples: [
      { text: '"Ratusan jemaah memadati masjid …" and later "… kata seorang jamaah."', note: 'info: "jamaah" here, but "jemaah" in paragraphs[0]' },
      { text: '"Jumat (25/10/2024)" and "Jum\'at (1/11/2024)"', note: 'quiet: weekday spellings are not checked' },
    ],
    options: {},
    messages: MESSAGES,
  },
  check(ctx: LintContext): RuleHit[] {
    const byGroup = new Map<number, Occurrence[]>();
    for (const unit of ctx.units) {
      SPELLING.lastIndex = 0;
      for (let m = SPELLING.exec(unit.text); m; m = SPELLING.exec(unit.text)) {
        const group = spellingGroupOf(m[0].replace(/\s+/g, ' '));
        if (group === null || (PROPER[group] && inName(unit, m.index, m.index + m[0].length, m[0]))) continue;
        let list = byGroup.get(group);
        if (!list) byGroup.set(group, (list = []));
        list.push({ unit, start: m.index, end: m.index + m[0].length, written: m[0], key: spellingKey(m[0]) });
      }
    }
    const hits: RuleHit[] = [];
    for (const [group, list] of byGroup) {
      const first = list[0];
      const standard = SPELLING_GROUPS[group].standard;
      const where = ctx.whereAt(first.unit, first.start);
      for (const o of list) {
        if (o.key === first.key) continue;
        hits.push({
          unit: o.unit,
          start: o.start,
          end: o.end,
          found: o.written,
          expected: first.written,
          messageId: 'variant',
          data: { found: o.written, expected: first.written, where, standard },
          suggestion: `write the word one way throughout; KBBI spells it "${standard}"`,
        });
      }
    }
    return hits;
  },
};
