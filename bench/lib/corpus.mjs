// The benchmark sets, each a folder of gzipped pages and a truth file:
//   aeb        html/<id>.html.gz + ground-truth.json  (article body; scored by aeb-score.mjs)
//   text-dev   html/<file>.gz    + truth.json         (main text, headline; text-score.mjs)
//   dates-dev  html/<file>.gz    + truth.json         (publication date; date-score.mjs)
// Used by the bench runner (truth, page list) and by the extractor workers (pages in memory).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export { findCorpusDir } from '../aeb-score.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The sets `npm run bench` knows, in report order. */
export const SETS = ['aeb', 'text-dev', 'dates-dev'];

/** Where a set is: --corpus DIR (aeb) or --corpora DIR/<set>, $KLIPING_CORPORA/<set>, <repo>/corpus/<set>, <repo>/../shared/corpus/<set>. */
export function findSetDir(set, { corpora = null, explicit = null } = {}) {
  const file = set === 'aeb' ? 'ground-truth.json' : 'truth.json';
  const candidates = explicit
    ? [explicit]
    : [
        corpora && resolve(corpora, set),
        process.env.KLIPING_CORPORA && resolve(process.env.KLIPING_CORPORA, set),
        set === 'aeb' ? process.env.AEB_CORPUS : null,
        resolve(REPO, 'corpus', set),
        resolve(REPO, '../shared/corpus', set),
      ].filter(Boolean);
  for (const dir of candidates) if (existsSync(resolve(dir, file))) return resolve(dir);
  throw new Error(`${set} corpus not found (looked for ${file} in: ${candidates.join(', ')})`);
}

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
 * A set's truth as a list of { id, file, url, ... }: the id is what predictions are keyed by
 * (the AEB id; the file for text-dev; the URL for dates-dev, where one file serves two URLs).
 * `url` is the page's real http(s) URL or null (text-dev names some pages `hard::<file>`).
 */
export function loadTruth(set, dir, { pages } = {}) {
  let items;
  if (set === 'aeb') {
    const truth = loadGroundTruth(dir);
    items = selectPageIds(dir, truth, { pages }).map((id) => ({ id, file: `${id}.html`, url: truth[id].url ?? null, articleBody: truth[id].articleBody }));
    return items;
  }
  items = JSON.parse(readFileSync(resolve(dir, 'truth.json'), 'utf8')).map((t) => ({
    ...t,
    id: set === 'dates-dev' ? t.url : t.file,
    url: /^https?:\/\//i.test(t.url ?? '') ? t.url : null,
  }));
  if (pages != null) items = items.slice(0, pages);
  return items;
}

/**
 * Read and gunzip pages into memory: [{ id, url, html }], `html` being the page's bytes as a
 * crawler holds them. Every extractor decodes them itself (kliping sniffs the charset as it
 * does for fetched pages), so decoding is inside each extractor's timing, and the pages weigh
 * their byte size in memory rather than twice that as UTF-16 strings.
 */
export function loadPages(dir, { pages, set = 'aeb' } = {}) {
  const cache = new Map();
  return loadTruth(set, dir, { pages }).map((t) => {
    const path = set === 'aeb' ? htmlPath(dir, t.id) : resolve(dir, 'html', `${t.file}.gz`);
    let html = cache.get(path);
    if (!html) cache.set(path, (html = gunzipSync(readFileSync(path))));
    return { id: t.id, url: t.url, html };
  });
}

/** Host name of a URL, or '?' when it does not parse. */
export function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return '?';
  }
}
