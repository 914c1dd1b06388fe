/**
 * The ranked search for the article's own dates (htmldate's order, widened): trusted
 * machine-readable sources first, then what the page prints, then the URL; each step of the
 * decision names its reason. A date another item owns (a comment, a teaser, an embedded post)
 * never reaches here; an update stamp is `modified`, never `published`.
 */
import { daysBetween, formatTimestamp, type Timestamp } from '../../dates/index.js';
import type { DateCandidate, DateSource } from './candidates.js';

export interface DateDecision {
  published: Timestamp | null;
  modified: Timestamp | null;
  /** Where `published` came from. */
  from: DateSource | null;
  /** Why, in words: the step of the ranking that decided. */
  why: string;
}

/** The web's first dates; nothing before is a publication date (htmldate's floor). */
const EARLIEST = '1995-01-01';

/** A date that could be the page's: after the web began, and not after today (a day's grace for zones). */
export function plausible(ts: Timestamp, today: string): boolean {
  return ts.date >= EARLIEST && daysBetween(today, ts.date) <= 1 && !ts.date.startsWith('1970-01-01');
}

const STRUCTURED: readonly DateSource[] = ['jsonld', 'meta'];
const PRINTED: readonly DateSource[] = ['time', 'visible'];

function first(candidates: DateCandidate[], sources: readonly DateSource[], test: (c: DateCandidate) => boolean = () => true): DateCandidate | null {
  for (const source of sources) {
    const found = candidates.filter((c) => c.source === source && test(c)).sort((a, b) => a.order - b.order)[0];
    if (found) return found;
  }
  return null;
}

/**
 * The printed date the page shows for the article: a marked one (a <time>, a date element, a
 * labelled line) before an unmarked line of text; in the article before elsewhere; page order.
 */
function printedDate(candidates: DateCandidate[]): DateCandidate | null {
  const printed = candidates.filter((c) => PRINTED.includes(c.source) && !c.microdata);
  const byOrder = (list: DateCandidate[]) => list.sort((a, b) => a.order - b.order)[0] ?? null;
  const pick = (weak: boolean) =>
    byOrder(printed.filter((c) => !!c.weak === weak && c.area === 'article')) ?? byOrder(printed.filter((c) => !!c.weak === weak && c.area === 'page'));
  return pick(false) ?? pick(true);
}

/** The page's own machine-readable publication date: JSON-LD of the article, then the metas, then microdata on the page, then JSON-LD of another work. */
export function strongMetadata(published: DateCandidate[]): DateCandidate | null {
  return (
    first(published, ['jsonld'], (c) => c.kind === 'published' && !c.secondary) ??
    first(published, ['meta'], (c) => c.kind === 'published' && !c.weak && !c.microdata) ??
    first(published, ['meta', 'time'], (c) => c.kind === 'published' && !!c.microdata && c.area === 'article') ??
    first(published, ['jsonld'], (c) => c.kind === 'published' && !!c.secondary)
  );
}

/**
 * Whether what the page prints can still change the decision: it cannot when the metadata
 * gives the publication date in a zone of its own (not a UTC instant, which the page's local
 * day may correct).
 */
export function printedDatesMatter(candidates: DateCandidate[], today: string): boolean {
  const strong = strongMetadata(candidates.filter((c) => plausible(c.ts, today)));
  return strong === null || (strong.ts.time !== null && strong.ts.offset === '+00:00');
}

export function decide(all: DateCandidate[], today: string): DateDecision {
  const candidates = all.filter((c) => plausible(c.ts, today));
  const published = candidates.filter((c) => c.kind === 'published');
  const modifiedCandidate = first(
    candidates.filter((c) => c.kind === 'modified'),
    [...STRUCTURED, 'time', 'visible'],
  );

  const printed = printedDate(published);
  const url = first(published, ['url']);
  const strong = strongMetadata(published);
  const weak = first(published, STRUCTURED, (c) => !!c.weak);
  // A generic meta name ('date', 'dc.date') stands only where the page prints no other date.
  const structured = strong ?? (weak && (!printed || printed.ts.date === weak.ts.date) ? weak : null);

  let chosen: LocalChoice | null = null;
  let why = 'no date on the page';
  if (structured) {
    // Microdata on a visible element is printed too ("<p itemprop=datePublished>Domenica 06 Dicembre 2020</p>").
    const printedMicrodata = first(published, ['meta', 'time'], (c) => !!c.microdata && c.area === 'article' && c !== structured);
    const local = localDayOf(structured, [printed, printedMicrodata, url]);
    if (local) {
      chosen = local;
      why = `${structured.what} is a UTC instant; the page shows the local day (${local.what})`;
    } else {
      chosen = structured;
      why = `${structured.what}: machine-readable metadata`;
    }
  } else if (printed) {
    chosen = printed;
    why = `${printed.what}: the first date the article prints`;
  } else if (url) {
    chosen = url;
    why = `${url.what}: the only date, in the URL`;
  }

  let publishedTs = chosen ? withBorrowedOffset(chosen.ts, candidates) : null;
  let modified = modifiedCandidate ? withBorrowedOffset(modifiedCandidate.ts, candidates) : null;
  // A modification before the publication is another date (a template's, a copy's).
  if (publishedTs && modified && before(modified, publishedTs)) modified = null;
  if (publishedTs && chosen && chosen.local) publishedTs = chosen.local;
  return { published: publishedTs, modified, from: chosen?.source ?? null, why };
}

/** `a` is clearly earlier than `b`: as instants when both offsets are known, else by more than a day. */
function before(a: Timestamp, b: Timestamp): boolean {
  if (a.offset !== null && b.offset !== null && a.time !== null && b.time !== null) return instantMinutes(a) < instantMinutes(b);
  return daysBetween(b.date, a.date) < -1;
}

function instantMinutes(t: Timestamp): number {
  return daysBetween('1970-01-01', t.date) * MINUTES_PER_DAY + minutesOf(t.time!) - offsetMinutes(t.offset!);
}

interface LocalChoice extends DateCandidate {
  local?: Timestamp;
}

const MINUTES_PER_DAY = 24 * 60;

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Metadata that gives a UTC instant ('Z', '+00:00') names the day in Greenwich; the page's
 * reader saw the local day. When the page prints (or its URL holds) a date one day apart, and
 * some real zone (UTC−12 … UTC+14) puts the instant on that day, the local day wins — with the
 * printed clock time, and the offset when the two times give it.
 */
function localDayOf(structured: DateCandidate, others: (DateCandidate | null)[]): LocalChoice | null {
  const s = structured.ts;
  if (s.time === null || s.offset !== '+00:00') return null;
  const utc = minutesOf(s.time);
  for (const other of others) {
    if (!other) continue;
    const days = daysBetween(s.date, other.ts.date);
    if (Math.abs(days) !== 1) continue;
    // Local minutes (from the start of the UTC day) = utc + offset, which must fall on the other day.
    const lo = days * MINUTES_PER_DAY - utc;
    const hi = lo + MINUTES_PER_DAY;
    if (hi <= -12 * 60 || lo >= 14 * 60) continue;
    const o = other.ts;
    let local: Timestamp = { date: o.date, time: o.time, offset: o.offset, zone: o.zone };
    if (o.time !== null && o.offset === null) {
      const offset = days * MINUTES_PER_DAY + minutesOf(o.time) - utc;
      if (offset >= -12 * 60 && offset <= 14 * 60 && offset % 15 === 0) local = { ...local, offset: formatOffset(offset) };
    }
    return { ...other, local };
  }
  return null;
}

/**
 * A printed local time gets the offset of another source that gives the same wall-clock time
 * on the same day with an offset ("14:05" on the page, "2024-10-22T14:05:00+08:00" in the
 * metadata): known from the page, not guessed.
 */
function withBorrowedOffset(ts: Timestamp, candidates: DateCandidate[]): Timestamp {
  if (ts.time === null || ts.offset !== null) return ts;
  const same = candidates.find((c) => c.ts.offset !== null && c.ts.date === ts.date && c.ts.time !== null && c.ts.time.slice(0, 5) === ts.time!.slice(0, 5));
  return same ? { ...ts, offset: same.ts.offset, zone: same.ts.zone } : ts;
}

/** For messages and tests: a decision in one line. */
export function describeDecision(d: DateDecision): string {
  return d.published ? `${formatTimestamp(d.published)} from ${d.from}: ${d.why}` : d.why;
}
