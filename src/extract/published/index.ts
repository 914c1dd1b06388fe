/**
 * Publication and modification times of the article: every source collected (candidates.ts),
 * one decision (rank.ts). The offset is written only when known — from the page, or from the
 * zone the caller knows (site configuration, the dateline's place; see applyZone).
 */
import type { Element } from 'domhandler';
import type { ParsedPage } from '../../parse/document.js';
import type { PageMetadata } from '../metadata.js';
import { zoneOffset, type Timestamp, type TimestampOptions, type Zone } from '../../dates/index.js';
import { ArticleArea } from './area.js';
import { jsonLdCandidates, metaCandidates, microdataCandidates, urlCandidates, type DateCandidate, type DateSource } from './candidates.js';
import { printedCandidates } from './printed.js';
import { leadCandidates, textCandidates, titleCandidates } from './text.js';
import { decide, printedDatesMatter, strongMetadata } from './rank.js';

export type { DateSource } from './candidates.js';

export interface PublicationDates {
  published: Timestamp | null;
  modified: Timestamp | null;
  publishedFrom: DateSource | null;
  /** The step of the ranking that decided, in words. */
  why: string;
  /** Every date found, for explanations and tests. */
  candidates: DateCandidate[];
}

export interface DateSearchOptions {
  /** The page URL and its canonical URL (for a date in the path). */
  urls: (string | null)[];
  /** The headline and the <title>: a date in them is the last resort of the page's text. */
  titles?: (string | null)[];
  /** The first paragraphs of the body (a byline may come first): a date opening one ("27.1.2022 – Bei …") is a dateline. */
  lead?: string[];
  /** The zone of the site, when configured: local times without one get its offset. */
  zone?: Zone | null;
  /** When the page was fetched (dates after it are not the page's). Default: now. */
  now?: Date;
}

export function readPublicationDates(
  page: ParsedPage,
  metadata: PageMetadata,
  headline: Element | null,
  firstRoot: Element | null,
  options: DateSearchOptions,
): PublicationDates {
  const area = new ArticleArea(headline, firstRoot);
  const parse: TimestampOptions = { zone: options.zone ?? null, numericOrder: monthFirstPage(metadata) ? 'mdy' : 'dmy' };
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  // Cheap and trusted first; the page's printed dates are read only when they can change the decision.
  let candidates = [
    ...jsonLdCandidates(metadata, parse),
    ...metaCandidates(page, area, parse),
    ...microdataCandidates(page, area, parse),
    ...urlCandidates(options.urls),
  ];
  if (printedDatesMatter(candidates, today)) {
    const search = { page, area, options: parse };
    // The first date the article prints is the one that counts: the walk stops there.
    candidates = candidates.concat(printedCandidates(search, area.scope, true));
    const printedInArticle = candidates.some((c) => c.kind === 'published' && (c.source === 'time' || c.source === 'visible') && c.area === 'article');
    if (!printedInArticle && !strongMetadata(candidates)) {
      // Nothing printed in the article: elsewhere on the page, then unmarked text, the lead, the title.
      if (area.scope) candidates = candidates.concat(printedCandidates(search, null, true));
      candidates = candidates.concat(
        textCandidates(page, area, parse),
        (options.lead ?? []).flatMap((p) => leadCandidates(p, parse)).slice(0, 1),
        titleCandidates(options.titles ?? [], parse),
      );
    }
  }
  const d = decide(candidates, today);
  return { published: d.published, modified: d.modified, publishedFrom: d.from, why: d.why, candidates };
}

/** US English pages write all-numeric dates month first (11/08/2023). */
function monthFirstPage(metadata: PageMetadata): boolean {
  const lang = (metadata.htmlLang ?? '').toLowerCase();
  return lang === 'en-us' || lang === 'en_us';
}

/** A local time without an offset gets the zone's, once the zone is known (the dateline's place). */
export function applyZone(ts: Timestamp | null, zone: Zone | null): Timestamp | null {
  if (!ts || ts.time === null || ts.offset !== null || !zone) return ts;
  return { ...ts, offset: zoneOffset(zone), zone };
}
