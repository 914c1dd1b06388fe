/**
 * How a URL ended, as the state and the manifest record it: the outcome of each kind of end
 * (a fetch error, a skip, a duplicate…), the short reason key the summary counts by, and what
 * makes two pages one article (the keys it is known by, the hash of its text).
 */
import type { Comparable } from '../diff/compare.js';
import type { ArticleRecord } from '../record.js';
import { FetchError } from '../fetch/errors.js';
import { sha256 } from './archive.js';
import type { ArticleStatus, Outcome } from './state/index.js';
import { sameSite, urlKey } from './url.js';

const STATUSES = new Set<string>(['ok', 'changed', 'unchanged', 'error', 'skipped', 'duplicate', 'not-modified']);
export function isStatus(value: unknown): value is ArticleStatus {
  return typeof value === 'string' && STATUSES.has(value);
}

/** The statuses of a URL whose article is in the archive (its file current). */
export function isKept(status: ArticleStatus | null | undefined): boolean {
  return status === 'ok' || status === 'changed' || status === 'unchanged' || status === 'not-modified';
}

export function emptyOutcome(status: ArticleStatus): Outcome {
  return {
    status,
    reason: null,
    reasonKey: null,
    finalUrl: null,
    file: null,
    sha256: null,
    contentHash: null,
    etag: null,
    lastModified: null,
    findings: null,
    findingRules: null,
    fetchedAt: null,
    changes: null,
    previousVersion: null,
    revisionHash: null,
    contentAt: null,
    seenSignal: null,
    published: null,
  };
}

const CODE_LABEL: Record<string, string> = {
  timeout: 'timeout',
  'too-large': 'too large',
  'too-many-redirects': 'too many redirects',
  'redirect-loop': 'redirect loop',
  'not-html': 'not HTML',
  network: 'network error',
  decompression: 'bad compression',
  'bad-url': 'bad URL',
  'bad-scheme': 'bad URL',
};

export function fetchErrorOutcome(err: FetchError): Outcome {
  const key = err.code === 'http-status' && err.status !== undefined ? `HTTP ${err.status}` : (CODE_LABEL[err.code] ?? err.code);
  return { ...emptyOutcome('error'), reason: err.message, reasonKey: key, finalUrl: err.url ?? null, fetchedAt: new Date().toISOString() };
}

export function reasonKeyOf(reason: string | null): string | null {
  if (!reason) return null;
  const http = /^HTTP (\d{3})/.exec(reason);
  if (http) return `HTTP ${http[1]}`;
  if (/robots\.txt/.test(reason)) return 'robots.txt';
  if (/--since/.test(reason)) return '--since';
  if (/--until/.test(reason)) return '--until';
  if (/same canonical URL/.test(reason)) return 'same canonical URL';
  if (/same text/.test(reason)) return 'same text';
  return reason.replace(/\s*\(.*$/, '').slice(0, 40);
}

/** The keys an article is known by: its canonical URL (when it names a page of the same site) and its final URL. */
export function dedupKeys(record: ArticleRecord, finalUrl: string): string[] {
  const keys: string[] = [];
  const canonical = record.canonicalUrl ? urlKey(record.canonicalUrl) : null;
  // A canonical pointing at the home page or at another site says nothing about this article.
  if (canonical && sameSite(canonical, finalUrl) && new URL(canonical).pathname !== '/') keys.push(canonical);
  const final = urlKey(finalUrl);
  if (final && !keys.includes(final)) keys.push(final);
  return keys;
}

/**
 * What "a new version" means: a change in the headline, the paragraphs, the captions' text, or
 * the published or modified stamps the page gives (not in the HTML around them, which changes
 * with every nonce and advertisement).
 */
export function revisionHashOf(record: Comparable): string {
  return sha256(
    JSON.stringify([
      record.headline ?? null,
      record.paragraphs ?? [],
      (record.captions ?? []).map((c) => c.text),
      record.published ?? null,
      record.modified ?? null,
    ]),
  );
}

/** What "the same text" means: the same headline and the same body text. */
export function contentHashOf(record: ArticleRecord): string {
  return sha256(`${record.headline ?? ''}\n${record.text}`);
}
