/**
 * silent-edit: an article whose text changed since an earlier version, with no correction note.
 */
import { compareRecords, type ChangeCounts, type ChangeSummary, type Comparable, type TextChange } from '../../diff/compare.js';
import type { LintContext, PreviousVersion, TextUnit } from '../context.js';
import { isCorrectionNote } from '../corrections.js';
import type { Rule, RuleHit } from '../types.js';

const MESSAGES = {
  edited: '{{changes}} since the version of {{fetchedAt}}, with no correction note',
  editedUndated: '{{changes}} since an earlier version, with no correction note',
};

export const silentEdit: Rule = {
  meta: {
    id: 'silent-edit',
    defaultSeverity: 'warning',
    description: 'the article changed since an earlier version, and no correction or update note says so',
    docs:
      'Needs the version of the article before this one: `kliping crawl` gives it when a re-crawl finds an article ' +
      "`changed`, `kliping lint` on an archive's record file reads the latest one in its `<slug>.versions/` folder, " +
      'and the library takes it as `lintArticle(extraction, config, { previous })`. Without one the rule is silent. ' +
      'It fires when the headline, the paragraphs or the caption texts differ (whitespace aside; lined up as ' +
      '`kliping diff` lines them up) and the new version carries no correction or update note the old one lacked: ' +
      'a paragraph opening "Ralat:", "Koreksi:", "Klarifikasi:", "Hak jawab:", "Catatan redaksi:", "Pembaruan:", ' +
      '"Update:", "Correction:", "Editor\'s note:" (also "[Ralat]", "*Ralat:", "(Update 14.00 WIB)"). The Press ' +
      "Council's guidelines for online media (Pedoman Pemberitaan Media Siber, 5) ask that a correction say when it " +
      'was made. The finding points at the changed headline, else the first added or edited paragraph or caption, ' +
      'else the headline; `found` is that text now, `expected` the text it replaced (null when it was added).',
    examples: [
      {
        text: 'A re-crawl finds paragraph 3 rewritten ("Rp2 miliar" → "Rp1,2 miliar") and nothing else added',
        note: '1 paragraph edited since the version of 2024-12-01T02:00:00.000Z, with no correction note',
      },
      {
        text: 'The same edit, and a last paragraph "Ralat: nilai anggaran sebelumnya tertulis Rp2 miliar. (2/12/2024)"',
        note: 'quiet: a correction note says so',
      },
      { text: 'Only the spacing of a paragraph changed', note: 'quiet' },
    ],
    options: {},
    messages: MESSAGES,
  },
  check(ctx: LintContext): RuleHit[] {
    const previous = ctx.previous;
    if (!previous) return [];
    const older = comparable(previous.record);
    const newer = comparable(ctx.record);
    const diff = compareRecords(older, newer);
    const summary = diff.summary;
    if (!textChanged(summary)) return [];
    // A note the earlier version did not have says what changed: nothing silent about it.
    const oldNotes = new Set(older.paragraphs.filter(isCorrectionNote));
    if (newer.paragraphs.some((p) => isCorrectionNote(p) && !oldNotes.has(p))) return [];
    const { unit, change } = firstChanged(ctx, diff.headline, diff.paragraphs, diff.captions);
    if (!unit) return [];
    return [
      {
        unit,
        start: 0,
        end: unit.text.length,
        found: unit.text,
        expected: change?.old ?? null,
        ...message(summary, previous),
        suggestion: 'if the change corrects the story, say so in a note with its date, e.g. "Ralat: … (diperbarui 2/12/2024 pukul 10.00 WIB)"',
      },
    ];
  },
};

/** The compared texts, whitespace made single spaces (a change of spacing is no edit); stamps left out. */
function comparable(record: PreviousVersion['record']): Comparable {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().normalize('NFC');
  return {
    headline: record.headline === null ? null : norm(record.headline),
    paragraphs: record.paragraphs.map(norm),
    captions: record.captions.map((c) => ({ text: norm(c.text) })),
    published: null,
    modified: null,
  };
}

function textChanged(s: ChangeSummary): boolean {
  const any = (c: ChangeCounts) => c.added + c.removed + c.edited > 0;
  return s.headline || any(s.paragraphs) || any(s.captions);
}

/** The unit to point at: the changed headline, else the first added or edited paragraph or caption, else the headline. */
function firstChanged(
  ctx: LintContext,
  headline: TextChange | null,
  paragraphs: TextChange[],
  captions: TextChange[],
): { unit: TextUnit | null; change: TextChange | null } {
  if (headline && ctx.headline) return { unit: ctx.headline, change: headline };
  const candidates = [
    ...paragraphs.filter((c) => c.newIndex !== null).map((c) => ({ unit: ctx.paragraphs[c.newIndex as number], change: c })),
    ...captions.filter((c) => c.newIndex !== null).map((c) => ({ unit: ctx.captions[c.newIndex as number], change: c })),
  ].filter((c) => c.unit);
  if (candidates.length) return candidates.reduce((a, b) => (b.unit.order < a.unit.order ? b : a));
  // Only removals: the article as a whole.
  return { unit: ctx.headline ?? ctx.paragraphs[0] ?? null, change: null };
}

/** "headline changed; 2 paragraphs edited, 1 added; 1 caption removed", and the version's time. */
function message(s: ChangeSummary, previous: PreviousVersion): Pick<RuleHit, 'messageId' | 'data'> {
  const parts: string[] = [];
  if (s.headline) parts.push('headline changed');
  const list = (one: string, many: string, c: ChangeCounts) => {
    const bits = (['edited', 'added', 'removed'] as const).filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
    if (!bits.length) return;
    const first = c[(['edited', 'added', 'removed'] as const).find((k) => c[k] > 0)!];
    bits[0] = bits[0].replace(/^(\d+) /, `$1 ${first === 1 ? one : many} `);
    parts.push(bits.join(', '));
  };
  list('paragraph', 'paragraphs', s.paragraphs);
  list('caption', 'captions', s.captions);
  const changes = parts.join('; ');
  return previous.fetchedAt ? { messageId: 'edited', data: { changes, fetchedAt: previous.fetchedAt } } : { messageId: 'editedUndated', data: { changes } };
}
