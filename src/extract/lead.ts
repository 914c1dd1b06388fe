/**
 * What the body's text gives once the paragraphs are known, for pages and drafts alike: the
 * dateline of the lead, and each caption's credit and date (a caption date without a year
 * takes the dateline's year, else the publication year).
 */
import type { Caption, Dateline } from '../record.js';
import type { SourcedText } from '../parse/sourced-text.js';
import { readDateline } from './dateline.js';
import { captionCredit, captionDate } from './caption.js';

export interface CaptionSource {
  sourced: SourcedText;
  image: string | null;
  alt: string | null;
  paragraphIndex: number;
}

export function readLead(
  paragraphs: string[],
  captions: CaptionSource[],
  published: string | null,
  /** Where the body's own text starts: after a standfirst, its first paragraph carries the dateline. */
  bodyStart = 0,
): { dateline: Dateline | null; datelineIndex: number; captions: Caption[] } {
  const publishedYear = published ? Number(published.slice(0, 4)) : null;
  let datelineIndex = bodyStart;
  let dateline = readDateline(paragraphs[bodyStart], { year: publishedYear });
  if (!dateline && bodyStart > 0) {
    datelineIndex = 0;
    dateline = readDateline(paragraphs[0], { year: publishedYear });
  }
  const contextYear = dateline?.date ? Number(dateline.date.slice(0, 4)) : publishedYear;
  return {
    dateline,
    datelineIndex,
    captions: captions.map((c) => ({
      text: c.sourced.text,
      credit: captionCredit(c.sourced.text),
      date: captionDate(c.sourced.text, contextYear),
      image: c.image,
      alt: c.alt,
      paragraphIndex: c.paragraphIndex,
    })),
  };
}
