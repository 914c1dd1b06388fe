// Loading the AEB corpus (html/<id>.html.gz + ground-truth.json). Used by both the
// bench runner (ground truth, page list) and the extractor workers (HTML in memory).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export { findCorpusDir } from '../aeb-score.mjs';

/** ground-truth.json: { id: { articleBody, url } }. */
export function loadGroundTruth(dir) {
  return JSON.parse(readFileSync(resolve(dir, 'ground-truth.json'), 'utf8'));
}

/**
 * The page ids to run, in a fixed order (sorted), optionally the first `pages`.
 * Every id must have its html/<id>.html.gz.
 */
export function selectPageIds(dir, groundTruth, { pages } = {}) {
  let ids = Object.keys(groundTruth).sort();
  if (pages != null) ids = ids.slice(0, pages);
  const missing = ids.filter((id) => !existsSync(htmlPath(dir, id)));
  if (missing.length) {
    throw new Error(`${missing.length} page(s) have no HTML file, e.g. ${htmlPath(dir, missing[0])}`);
  }
  return ids;
}

export function htmlPath(dir, id) {
  return resolve(dir, 'html', `${id}.html.gz`);
}

/**
 * Read and gunzip pages into memory: [{ id, url, html }], `html` being the page's bytes as a
 * crawler holds them (the files are UTF-8). Every extractor decodes them itself — kliping
 * sniffs the charset as it does for fetched pages, jsdom does the same for Readability —
 * so decoding is inside each extractor's timing, and the 181 pages weigh their byte size
 * in memory rather than twice that as UTF-16 strings.
 */
export function loadPages(dir, { pages } = {}) {
  const truth = loadGroundTruth(dir);
  return selectPageIds(dir, truth, { pages }).map((id) => ({
    id,
    url: truth[id].url ?? null,
    html: gunzipSync(readFileSync(htmlPath(dir, id))),
  }));
}

/** Host name of a URL, or '?' when it does not parse. */
export function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return '?';
  }
}
