/**
 * The cheap signals of a change: the modification times a site's lists give (sitemap
 * `<lastmod>`, a feed entry's `<updated>`, the REST API's `modified`). Written in different
 * forms by different sources, they are compared as instants: a time without an offset (the
 * REST API writes the site's local time) is read as UTC, the same way every time, so that a
 * source gives the same instant on every pass for the same edit.
 */

const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const ISO_STAMP = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date the site gave, as a UTC ISO instant; null when it is no date. */
export function instantOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const t = Date.parse(ISO_LOCAL.test(v) ? `${v}Z` : /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** The latest of the dates a site's lists gave for one URL (its signal), or null. */
export function signalOf(...values: (string | null | undefined)[]): string | null {
  let latest: string | null = null;
  for (const v of values) {
    const i = instantOf(v);
    if (i && (latest === null || i > latest)) latest = i;
  }
  return latest;
}

/**
 * A site's date as the record writes a timestamp: ISO 8601, with seconds, the offset only when
 * given (`Z` as `+00:00`); null for anything else (an RFC 822 date of RSS is not used).
 */
export function recordStamp(value: string | null | undefined): string | null {
  const m = value ? ISO_STAMP.exec(value.trim()) : null;
  if (!m) return null;
  const [, date, hm, sec, zone] = m;
  if (!hm) return date;
  const offset = zone === 'Z' ? '+00:00' : zone && !zone.includes(':') ? `${zone.slice(0, 3)}:${zone.slice(3)}` : (zone ?? '');
  return `${date}T${hm}${sec ?? ':00'}${offset}`;
}
