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

const utf8 = new TextDecoder('utf-8');

/**
 * Read and gunzip pages into memory: [{ id, url, html }]. The files are UTF-8
 * (upstream reads them with gzip.open(..., encoding='utf8')).
 */
export function loadPages(dir, { pages } = {}) {
  const truth = loadGroundTruth(dir);
  return selectPageIds(dir, truth, { pages }).map((id) => ({
    id,
    url: truth[id].url ?? null,
    html: utf8.decode(gunzipSync(readFileSync(htmlPath(dir, id)))),
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
