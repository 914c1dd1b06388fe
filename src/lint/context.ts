/**
 * What the rules read: the article's texts as units (headline, captions, paragraphs) with
 * their source anchors, the reference dates (dateline, publication), and the date mentions
 * of each unit — found once per text and shared by every rule. A paragraph that is a correction
 * or update note ("Ralat: …", see corrections.ts) is flagged `correction`: its dates are the
 * correction's, so no rule sees them. An earlier version of the article, when the caller has
 * one (an archive keeps them), is `previous`.
 */
import type { Extraction } from '../extract/article.js';
import type { ArticleRecord } from '../record.js';
import { plainSourced, type SourcedText } from '../parse/sourced-text.js';
import { findDates, type DateMention } from '../dates/index.js';
import { localDateAt, mentionDate, styleOf, ymdOf, type DateDirection, type DateStyle, type Ymd } from './dates.js';
import { DATE_BACK_WORDS, DATE_FORWARD_WORDS } from './data/markers.js';
import { wordListRegex } from './words.js';
import { isCorrectionNote } from './corrections.js';

export interface TextUnit {
  /** The record field it is: "headline", "caption[i]", "paragraphs[i]". */
  key: string;
  kind: 'headline' | 'caption' | 'paragraph';
  index: number;
  text: string;
  sourced: SourcedText;
  /** Reading order (headline first; a caption before the paragraph it precedes). */
  order: number;
  /** A paragraph that is a correction or update note ("Ralat: …", "Catatan Redaksi: …", "(Update 14.00 WIB)"). */
  correction: boolean;
}

/** An earlier version of the article: its texts, and when it was fetched (what `silent-edit` compares with). */
export interface PreviousVersion {
  record: { headline: string | null; paragraphs: string[]; captions: { text: string }[] };
  /** When that version was fetched (ISO 8601), or null when unknown. */
  fetchedAt?: string | null;
}

export interface DatelineRef {
  date: Ymd;
  iso: string;
  /** The mention in paragraphs[0] the dateline date comes from (null if it cannot be found). */
  mention: DateMention | null;
  style: DateStyle | undefined;
}

export interface PublicationRef {
  /** The record's `published` as given. */
  timestamp: string;
  /** The date as the timestamp writes it (its own offset). */
  date: Ymd;
  /** The date at publication in western Indonesia (+07:00, WIB): the earliest local date. */
  earliest: Ymd;
  /** The date at publication in eastern Indonesia (+09:00, WIT): the latest local date. */
  latest: Ymd;
}

export interface Reference {
  date: Ymd;
  /** "the dateline" or "the publication date". */
  label: string;
  kind: 'dateline' | 'published';
  style: DateStyle | undefined;
}

const AFTER_DATE = '^[^\\S\\r\\n]*\\)?[^\\S\\r\\n]*,?[^\\S\\r\\n]*';
const BACK = new RegExp(AFTER_DATE + wordListRegex(DATE_BACK_WORDS).source, 'iu');
const FORWARD = new RegExp(AFTER_DATE + wordListRegex(DATE_FORWARD_WORDS).source, 'iu');

/** A sentence boundary: end punctuation (not after a lone capital initial: "H. Saidi"), then a capital. */
const SENTENCE_BREAK = /(?<![\s(]\p{Lu}|^\p{Lu})[.!?…]["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;

export class LintContext {
  readonly record: ArticleRecord;
  readonly units: TextUnit[];
  readonly headline: TextUnit | null;
  readonly paragraphs: TextUnit[];
  readonly captions: TextUnit[];
  /** Context year for dates written without one: the dateline's, else the publication's. */
  readonly year: number | null;
  readonly dateline: DatelineRef | null;
  readonly published: PublicationRef | null;
  /** Length of the dateline at the start of paragraphs[0] (0 when there is none). */
  readonly datelineEnd: number;
  private readonly mentionCache = new Map<TextUnit, DateMention[]>();
  private readonly breakCache = new Map<TextUnit, number[]>();
  /** Slips already reported, by the rule that named them: "caption[0]:45" → "weekday-mismatch". */
  private readonly claims = new Map<string, string>();

  constructor(
    readonly extraction: Extraction,
    /** The version of the article before this one, if the caller has it. */
    readonly previous: PreviousVersion | null = null,
  ) {
    const record = extraction.record;
    this.record = record;
    const sourced = (key: string, text: string): SourcedText => {
      const s = extraction.fields.get(key);
      return s && s.text === text ? s : plainSourced(text);
    };
    this.headline = record.headline ? this.unit('headline', 'headline', 0, record.headline, sourced('headline', record.headline)) : null;
    this.paragraphs = record.paragraphs.map((p, i) => this.unit(`paragraphs[${i}]`, 'paragraph', i, p, sourced(`paragraphs[${i}]`, p)));
    this.captions = record.captions.map((c, i) => this.unit(`caption[${i}]`, 'caption', i, c.text, sourced(`caption[${i}]`, c.text)));

    // Reading order: headline, then each caption before the paragraph it stands above.
    const ordered: TextUnit[] = this.headline ? [this.headline] : [];
    let ci = 0;
    for (let pi = 0; pi <= this.paragraphs.length; pi++) {
      while (ci < this.captions.length && record.captions[ci].paragraphIndex <= pi) ordered.push(this.captions[ci++]);
      if (pi < this.paragraphs.length) ordered.push(this.paragraphs[pi]);
    }
    while (ci < this.captions.length) ordered.push(this.captions[ci++]);
    ordered.forEach((u, i) => (u.order = i));
    this.units = ordered;

    const published = record.published ? publicationRef(record.published) : null;
    this.published = published;
    const lead = this.paragraphs[0];
    const raw = record.dateline?.raw ?? '';
    const inLead = !!lead && !!raw && lead.text.startsWith(raw);
    // A dateline read from an update note opening the article ("(Update 14.00 WIB) …") dates the update, not the story.
    const fromNote = inLead && lead.correction;
    const datelineDate = fromNote ? null : ymdOf(record.dateline?.date ?? null);
    this.year = datelineDate?.year ?? published?.date.year ?? null;
    this.datelineEnd = inLead && !fromNote ? raw.length : 0;
    if (datelineDate && record.dateline?.date) {
      // The same mention readDateline took: the first with a valid day or a weekday.
      const mention = lead ? (this.dates(lead).find((m) => m.valid || m.weekday) ?? null) : null;
      const usable = mention && mention.index < this.datelineEnd ? mention : null;
      this.dateline = {
        date: datelineDate,
        iso: record.dateline.date,
        mention: usable,
        style: usable && lead ? styleOf(lead.text, usable) : undefined,
      };
    } else this.dateline = null;
  }

  private unit(key: string, kind: TextUnit['kind'], index: number, text: string, sourced: SourcedText): TextUnit {
    return { key, kind, index, text, sourced, order: 0, correction: kind === 'paragraph' && isCorrectionNote(text) };
  }

  /**
   * Every date mention of the unit (found once, then cached). None in a correction note: its
   * dates say when the article was corrected, not when anything in the story happened.
   */
  dates(unit: TextUnit): DateMention[] {
    let found = this.mentionCache.get(unit);
    if (!found) {
      found = unit.correction ? [] : findDates(unit.text, { year: this.year });
      this.mentionCache.set(unit, found);
    }
    return found;
  }

  /**
   * One slip, one report: a rule that explains the slip at an offset precisely says so, and a
   * rule run after it (RULES order) with a vaguer explanation of the same text stays quiet.
   * Only rules the configuration has on run, so a claim is never made by a rule turned off.
   */
  claim(unit: TextUnit, offset: number, ruleId: string): void {
    this.claims.set(`${unit.key}:${offset}`, ruleId);
  }

  claimedBy(unit: TextUnit, offset: number): string | null {
    return this.claims.get(`${unit.key}:${offset}`) ?? null;
  }

  /** Which way a date written without its year points, by the words right after it ("lalu", "mendatang"). */
  direction(unit: TextUnit, mention: DateMention): DateDirection {
    if (mention.yearWritten) return null;
    const after = unit.text.slice(mention.end, mention.end + 40);
    return BACK.test(after) ? 'back' : FORWARD.test(after) ? 'forward' : null;
  }

  /** The calendar date of a mention, read against a reference date and the words after it (see mentionDate). */
  dateOf(unit: TextUnit, mention: DateMention, reference: Ymd | null): Ymd | null {
    return mentionDate(mention, reference, this.direction(unit, mention));
  }

  /** Is this mention the one the dateline's date comes from? */
  isDatelineMention(unit: TextUnit, mention: DateMention): boolean {
    return !!this.dateline?.mention && unit === this.paragraphs[0] && mention.index === this.dateline.mention.index;
  }

  /**
   * The date a mention is checked against: the dateline's, except for the dateline itself,
   * which is checked against the publication date.
   */
  reference(unit: TextUnit, mention: DateMention | null): Reference | null {
    if (this.dateline && !(mention && this.isDatelineMention(unit, mention))) {
      return { date: this.dateline.date, label: 'the dateline', kind: 'dateline', style: this.dateline.style };
    }
    if (this.published) return { date: this.published.date, label: 'the publication date', kind: 'published', style: undefined };
    return null;
  }

  /** The record field a finding at this offset belongs to: the dateline is the start of paragraphs[0]. */
  whereAt(unit: TextUnit, offset: number): string {
    if (unit === this.paragraphs[0] && this.datelineEnd > 0 && offset < this.datelineEnd) return 'dateline';
    return unit.key;
  }

  /** The sentence of the unit around an offset: [start, end). */
  sentenceAt(unit: TextUnit, offset: number): { start: number; end: number; text: string } {
    let breaks = this.breakCache.get(unit);
    if (!breaks) {
      breaks = [];
      SENTENCE_BREAK.lastIndex = 0;
      for (let m = SENTENCE_BREAK.exec(unit.text); m; m = SENTENCE_BREAK.exec(unit.text)) breaks.push(m.index + m[0].length);
      this.breakCache.set(unit, breaks);
    }
    let start = 0;
    let end = unit.text.length;
    for (const b of breaks) {
      if (b <= offset) start = b;
      else {
        end = b;
        break;
      }
    }
    return { start, end, text: unit.text.slice(start, end) };
  }
}

/** Publication years outside this range are placeholders ("0001-01-01"), not dates. */
const FIRST_PUBLICATION_YEAR = 1900;

function publicationRef(timestamp: string): PublicationRef | null {
  const date = ymdOf(timestamp.slice(0, 10));
  if (!date || date.year < FIRST_PUBLICATION_YEAR) return null;
  const earliest = localDateAt(timestamp, 7 * 60);
  const latest = localDateAt(timestamp, 9 * 60);
  if (!date || !earliest || !latest) return null;
  // A page whose own offset is west or east of Indonesia still has one calendar day in
  // Indonesia per zone: the earliest is the WIB date, the latest the WIT date.
  return { timestamp, date, earliest, latest };
}
