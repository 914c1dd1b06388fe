/**
 * --revisit: a re-crawl of the articles due by age. The policy is a list of AGE:EVERY pairs,
 * youngest first: "7d:1d,30d:7d" revisits an article published less than 7 days ago when it
 * was last fetched (or checked) a day ago or more, one less than 30 days old after a week, and
 * an older one never; an AGE of "*" matches any age ("7d:1d,*:30d"). Units: m (minutes), h,
 * d, w. An article's age is from its `published` (else the date discovery gave, else the time
 * it was first kept) to now.
 */
import type { FrontierRow } from './state/index.js';

export interface RevisitRule {
  /** Articles younger than this (ms; Infinity for "*")… */
  youngerThanMs: number;
  /** …are revisited when last fetched at least this long ago (ms). */
  everyMs: number;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

function duration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([mhdw])$/.exec(text.trim());
  return m ? Number(m[1]) * UNIT_MS[m[2]] : null;
}

/** Parse a policy ("7d:1d,30d:7d"); throws an Error saying what is wrong. */
export function parseRevisitPolicy(text: string): RevisitRule[] {
  const rules: RevisitRule[] = [];
  for (const part of text.split(',')) {
    const [age, every, extra] = part.split(':');
    const youngerThanMs = age?.trim() === '*' ? Infinity : duration(age ?? '');
    const everyMs = duration(every ?? '');
    if (extra !== undefined || youngerThanMs === null || everyMs === null) {
      throw new Error(`--revisit: "${part.trim()}" is not AGE:EVERY (e.g. 7d:1d; units m, h, d, w; AGE may be *)`);
    }
    rules.push({ youngerThanMs, everyMs });
  }
  rules.sort((a, b) => a.youngerThanMs - b.youngerThanMs);
  return rules;
}

/** Whether a kept article is due for a revisit at `now` under `rules`. */
export function isDue(rules: readonly RevisitRule[], row: Pick<FrontierRow, 'published' | 'publishedHint' | 'contentAt' | 'fetchedAt'>, now: number): boolean {
  const born = [row.published, row.publishedHint, row.contentAt].map(timeOf).find((t) => t !== null) ?? null;
  const last = timeOf(row.fetchedAt);
  if (born === null || last === null) return true; // nothing to judge by: better look
  const rule = rules.find((r) => now - born < r.youngerThanMs);
  return rule !== undefined && now - last >= rule.everyMs;
}

function timeOf(value: string | null): number | null {
  if (!value) return null;
  const v = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}
