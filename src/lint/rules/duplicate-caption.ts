/**
 * duplicate-caption: the same caption under two different images.
 */
import type { LintContext } from '../context.js';
import { captionCredit } from '../../extract/caption.js';
import { looseKey } from '../../util/text.js';
import type { Rule, RuleHit } from '../types.js';

/** Captions shorter than this (in words, credit left out) are too generic to compare ("Ilustrasi"). */
const MIN_WORDS = 4;

/** An image address without its query and WordPress size suffix ("foto-800x450.jpg" is "foto.jpg"). */
function sameImageKey(url: string | null): string | null {
  if (!url) return null;
  return url
    .replace(/[?#].*$/, '')
    .replace(/-\d{2,5}x\d{2,5}(?=\.[a-z0-9]+$)/i, '')
    .replace(/^https?:/i, '')
    .toLowerCase();
}

const MESSAGES = {
  differentImage: '{{caption}} repeats {{earlier}} word for word, under a different image',
  unknownImages: '{{caption}} repeats {{earlier}} word for word, under another image',
};

export const duplicateCaption: Rule = {
  meta: {
    id: 'duplicate-caption',
    defaultSeverity: 'warning',
    description: 'the same caption stands under two different images',
    docs:
      'Two captions that read the same, word for word (case, punctuation and the photo credit aside), under different ' +
      'images — or, in a draft, under images whose address is not given — usually mean a caption was copied and not ' +
      'rewritten. The later caption is reported, pointing at the earlier one. The same image shown twice (also at ' +
      'another size, "foto-800x450.jpg"), a pair where only one image address is known, and captions under four ' +
      'words ("Ilustrasi") are not reported. `found` is the repeated caption, ' +
      '`expected` null.',
    examples: [
      {
        text: 'caption[0] and caption[1] both "Suasana rapat paripurna DPRD Kalsel di Banjarmasin, Rabu (30/10/2024)."',
        note: 'caption[1] repeats caption[0] under a different image',
      },
      { text: 'two captions about the same event that describe different photos', note: 'quiet' },
    ],
    options: {},
    messages: MESSAGES,
  },
  check(ctx: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    const seen = new Map<string, number>();
    ctx.captions.forEach((unit, i) => {
      const caption = ctx.record.captions[i];
      const credit = caption.credit ?? captionCredit(unit.text);
      let description = unit.text;
      if (credit) {
        const at = description.lastIndexOf(credit);
        if (at > 0) description = description.slice(0, at);
      }
      const key = looseKey(description)
        .replace(/\b(?:foto|photo|dok|doc)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (key.split(' ').length < MIN_WORDS) return;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      const earlier = ctx.record.captions[first];
      // Different images: both known and not the same picture (at another size), or a draft
      // that gives no image addresses. On a page, an unknown image proves nothing.
      const a = sameImageKey(earlier.image);
      const b = sameImageKey(caption.image);
      const draft = ctx.extraction.method === 'draft';
      if (a === null || b === null ? !(draft && a === null && b === null) : a === b) return;
      hits.push({
        unit,
        start: 0,
        end: unit.text.length,
        found: unit.text,
        expected: null,
        messageId: a !== null ? 'differentImage' : 'unknownImages',
        data: { caption: `caption[${i}]`, earlier: `caption[${first}]` },
        suggestion: 'describe what this photo shows, or drop one of the two photos',
      });
    });
    return hits;
  },
};
