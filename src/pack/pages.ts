/**
 * pages/pages.jsonl of a WACZ: a header line, then one line per article whose page is in
 * the WARC files (url, ts of its capture, title = the headline), for replay tools to list.
 */
import { createHash } from 'node:crypto';
import type { ArchivedArticle } from './archive.js';

export const PAGES_HEADER = { format: 'json-pages-1.0', id: 'pages', title: 'All Pages' };

/** A 14-digit CDX timestamp as ISO 8601 (UTC). */
export function isoOfTimestamp(ts: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(ts);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : ts;
}

/** The latest capture of every URL with a 2xx answer, by URL: its 14-digit timestamp. */
export function capturesOf(cdxj: string): Map<string, string> {
  const latest = new Map<string, string>();
  for (const line of cdxj.split('\n')) {
    const m = /^\S+ (\d{14}) (\{.*\})$/.exec(line);
    if (!m) continue;
    let fields: { url?: string; status?: string | number };
    try {
      fields = JSON.parse(m[2]) as typeof fields;
    } catch {
      continue;
    }
    if (typeof fields.url !== 'string' || !/^2\d\d$/.test(String(fields.status))) continue;
    const seen = latest.get(fields.url);
    if (!seen || seen < m[1]) latest.set(fields.url, m[1]);
  }
  return latest;
}

export interface Pages {
  text: string;
  count: number;
  /** Articles whose page is in no WARC file (crawled without --warc). */
  missing: string[];
}

export function pagesJsonl(articles: ArchivedArticle[], cdxj: string): Pages {
  const captures = capturesOf(cdxj);
  const lines = [JSON.stringify(PAGES_HEADER)];
  const missing: string[] = [];
  for (const { entry, record } of articles) {
    const url = [entry.finalUrl, entry.url, record.url].find((u): u is string => typeof u === 'string' && captures.has(u));
    if (!url) {
      missing.push(entry.url);
      continue;
    }
    const ts = isoOfTimestamp(captures.get(url) as string);
    const id = createHash('sha256').update(`${url} ${ts}`).digest('hex').slice(0, 32);
    const page: Record<string, string> = { id, url, ts };
    if (record.headline) page.title = record.headline;
    lines.push(JSON.stringify(page));
  }
  return { text: lines.map((l) => `${l}\n`).join(''), count: lines.length - 1, missing };
}
