/**
 * The versions of an archived article. The current record stays where it always was
 * (`articles/<host>/<yyyy>/<mm>/<slug>.json`); each earlier one is kept beside it as
 * `<slug>.versions/<fetchedAt>.json`, named after the time it was fetched, with the colons
 * made dashes so that the name is safe on every file system
 * (`2024-12-02T06-39-32.123Z.json`). Names sort in time order.
 */

export const VERSIONS_SUFFIX = '.versions';

const VERSION_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}(?:\.\d{1,3})?)Z\.json$/;

/** The folder of an article file's earlier versions: "a/b/slug.json" → "a/b/slug.versions". */
export function versionsDirOf(file: string): string {
  return file.replace(/\.json$/, '') + VERSIONS_SUFFIX;
}

/** The file name of the version fetched at `fetchedAt` (any timestamp Date can read); throws on an unreadable one. */
export function versionFileName(fetchedAt: string): string {
  const t = Date.parse(fetchedAt);
  if (Number.isNaN(t)) throw new Error(`not a timestamp: ${fetchedAt}`);
  return `${new Date(t).toISOString().replace(/:/g, '-')}.json`;
}

/** The archive-relative path of the version of `file` fetched at `fetchedAt`. */
export function versionFileOf(file: string, fetchedAt: string): string {
  return `${versionsDirOf(file)}/${versionFileName(fetchedAt)}`;
}

/** The fetch time a version file is named after ("2024-12-02T06:39:32.123Z"), or null for another name. */
export function fetchedAtOfVersion(name: string): string | null {
  const m = VERSION_NAME.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}Z` : null;
}

/** A --from value as the instant it names: a fetchedAt as written in the manifest, or a version file's name. */
export function instantOf(value: string): number | null {
  const fromName = fetchedAtOfVersion(value.endsWith('.json') ? value : `${value}.json`);
  const t = Date.parse(fromName ?? value);
  return Number.isNaN(t) ? null : t;
}
