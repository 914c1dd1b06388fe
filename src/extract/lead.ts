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
): { dateline: Dateline | null; captions: Caption[] } {
  const publishedYear = published ? Number(published.slice(0, 4)) : null;
  const dateline = readDateline(paragraphs[0], { year: publishedYear });
  const contextYear = dateline?.date ? Number(dateline.date.slice(0, 4)) : publishedYear;
  return {
    dateline,
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
