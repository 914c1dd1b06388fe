/**
 * --since / --until: an inclusive window of calendar dates. An article's date is the
 * date part of its `published` timestamp as the page writes it (its own time zone).
 * Dates seen during discovery (sitemap <lastmod>, feed and REST API dates) only rule a
 * URL out when they are clearly outside the window (a day of margin for time zones);
 * the exact test is made on the extracted record.
 */

export interface DateWindow {
  /** YYYY-MM-DD, inclusive, or null. */
  since: string | null;
  /** YYYY-MM-DD, inclusive, or null. */
  until: string | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/** Parse a --since/--until value ("2024-10-01", or a full ISO timestamp). Null if invalid. */
export function parseDateOption(value: string): string | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

/**
 * The calendar date of a timestamp as written: "2024-10-22T14:05:00+08:00" → "2024-10-22".
 * Other formats (RFC 822 dates of RSS) are read with Date.parse, in UTC.
 */
export function dateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = ISO_DATE.exec(value.trim());
  if (m) return parseDateOption(value.trim().slice(0, 10));
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

function shift(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** "before" / "after" when `date` lies outside the window, else null. */
export function outsideWindow(window: DateWindow, date: string | null): 'before' | 'after' | null {
  if (!date) return null;
  if (window.since && date < window.since) return 'before';
  if (window.until && date > window.until) return 'after';
  return null;
}

/**
 * True when discovery's dates prove the URL outside the window: its publication date
 * is more than a day outside, or it was last modified more than a day before --since
 * (an article is published before it is last modified).
 */
export function hintsExclude(window: DateWindow, hints: { lastmod?: string | null; published?: string | null; url?: string | null }): boolean {
  if (!window.since && !window.until) return false;
  const month = hints.url ? urlMonth(hints.url) : null;
  if (month) {
    if (window.since && month < window.since.slice(0, 7)) return true;
    if (window.until && month > window.until.slice(0, 7)) return true;
  }
  const published = dateOf(hints.published);
  if (published) {
    if (window.since && published < shift(window.since, -1)) return true;
    if (window.until && published > shift(window.until, 1)) return true;
  }
  const lastmod = dateOf(hints.lastmod);
  if (lastmod && window.since && lastmod < shift(window.since, -1)) return true;
  return false;
}

/**
 * The publication month a date permalink gives ("/2024/10/slug/", "/2024/10/22/slug/", as
 * WordPress and many news CMSs write them), as "YYYY-MM", or null.
 */
export function urlMonth(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?:\/(?:0[1-9]|[12]\d|3[01]))?\/[^/]/.exec(path);
  return m ? `${m[1]}-${m[2]}` : null;
}
