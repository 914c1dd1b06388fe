/**
 * A fake WordPress news site on 127.0.0.1, for the crawl tests and `npm run bench:crawl`.
 *
 * Its articles are the repository's fixtures/*.html pages used as templates: article i is
 * fixture (i mod F) with its canonical URL replaced by the article's own URL, its
 * published date replaced by a date of its own, and an edition number appended to its
 * headline, so that every article has a distinct URL, slug, date and text.
 *
 * Discovery: robots.txt (a kliping group and a "*" group that disallows everything, a
 * Sitemap line), /sitemap_index.xml (Yoast-style) with plain and gzipped child sitemaps
 * and non-article ones, /wp-sitemap.xml redirecting to it, /feed/ (RSS), and
 * /wp-json/wp/v2/posts with X-WP-Total/X-WP-TotalPages (or 401 when `restApi: 'blocked'`).
 *
 * With `permalinks: 'plain'` it is a WordPress without pretty permalinks: articles at `/?p=N`,
 * only the plain forms `/?sitemap=index` (core sitemaps), `/?feed=rss2` and
 * `/?rest_route=/wp/v2/posts`, no Sitemap line in robots.txt, and 404 for every pretty form.
 *
 * Faults (with `faults: true`, listed in /fault-sitemap.xml): 429 + Retry-After, 503s,
 * connection resets, a slow page, a page that never answers, a redirect loop, gzip, a
 * windows-1252 page, a robots.txt disallow, a 64 MiB page, a gzip bomb, 404, 410, and two
 * duplicates (one by canonical URL, one by text).
 *
 * Edits (`edit(i, 'text' | 'caption' | 'headline')`, as an editor's silent correction) change a
 * word of the body or of a caption, or the headline (`'ralat'`: a word of the body, owned up to in
 * a "Ralat:" paragraph after the one it changed), and move the post's modified time, which
 * the sitemaps (`<lastmod>`) and the REST API (`modified`) then give. With `validators: false`
 * article pages carry neither ETag nor Last-Modified, as WordPress's own pages do not.
 *
 * Run directly (`node tests/helpers/fake-wp-site.mjs --articles 10000 [--label A] [--urls-file F]
 * [--log-file F]`) it prints {"origin": …} on stdout and serves until stdin closes (then writes
 * its request log to the --log-file).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'fixtures');
const DAY = 86_400_000;
const MiB = 1024 * 1024;

/** A URL slug: lower-case ASCII words joined by dashes. */
function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
}

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The fixtures as templates. Every page is handled as latin1 text (one char per byte),
 * so the ASCII-only replacements below keep the bytes of any encoding intact.
 */
function loadTemplates() {
  const names = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const templates = [];
  for (const file of names) {
    const name = file.replace(/\.html$/, '');
    let expected;
    try {
      expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
    } catch {
      continue;
    }
    const html = readFileSync(join(FIXTURES, file)).toString('latin1');
    const headline = expected.headline ?? '';
    // The headline's trailing ASCII run: present wherever the headline is (title, h1, metas, JSON-LD).
    const tail = /[\x20-\x7e]*$/.exec(headline)[0].trim();
    const date = expected.published ? expected.published.slice(0, 10) : null;
    // Words an edit may change: one only the body has, one only a caption has (and each in the page's text).
    const MONTHS =
      /^(?:januar[iy]?|februar[iy]?|agustus|august|september|septembre|oktober|october|octobre|november|novembre|desember|december|janvier|juillet)$/i;
    const words = (text) => (text.match(/\b[a-z]{6,}\b/g) ?? []).filter((w) => !MONTHS.test(w));
    const textOf = (list) => (list ?? []).map((x) => (typeof x === 'string' ? x : x.text)).join(' ');
    const inText = (w) => new RegExp(`>[^<]*\\b${w}\\b`).test(html);
    const headWords = new Set(words(headline));
    const captionWords = new Set(words(textOf(expected.captions)));
    const bodyWords = new Set(words(textOf((expected.paragraphs ?? []).slice(1))));
    const textWord = [...bodyWords].find((w) => !headWords.has(w) && !captionWords.has(w) && inText(w)) ?? null;
    const captionWord = [...captionWords].find((w) => !headWords.has(w) && !bodyWords.has(w) && inText(w)) ?? null;
    templates.push({
      name,
      html,
      headline,
      tail: tail.length >= 8 && html.includes(tail) ? tail : null,
      canonical: expected.canonicalUrl && html.includes(expected.canonicalUrl) ? expected.canonicalUrl : null,
      date: date && html.includes(date) ? date : null,
      charset: /windows-1252/i.test(name) ? 'windows-1252' : 'utf-8',
      textWord,
      captionWord,
    });
  }
  return templates;
}

let cachedTemplates = null;
export function templates() {
  cachedTemplates ??= loadTemplates();
  return cachedTemplates;
}

/**
 * @param {import('./fake-wp-site.d.mts').FakeSiteOptions} options
 * @returns {Promise<import('./fake-wp-site.d.mts').FakeSite>}
 */
export async function startFakeSite(options = {}) {
  let count = options.articles ?? 1000;
  // true: every fault page; a list: only those paths (the others answer 404).
  const faultSet = options.faults === true ? null : new Set(Array.isArray(options.faults) ? options.faults : []);
  const faults = options.faults === true || (Array.isArray(options.faults) && options.faults.length > 0);
  const restApi = options.restApi ?? 'open';
  const perSitemap = options.perSitemap ?? 400;
  const gzipEvery = options.gzipEvery ?? 3;
  const record = options.record ?? true;
  const start = Date.parse(`${options.startDate ?? '2023-01-01'}T00:00:00Z`);
  const spanDays = options.spanDays ?? 700;
  const tpls = templates();

  let origin = '';
  const versions = new Map();
  /** Edits of article i: how many of each kind. */
  const edits = new Map();
  const editCount = (i) => Object.values(edits.get(i) ?? {}).reduce((a, b) => a + b, 0);
  const validators = options.validators ?? true;
  const hits = new Map();
  const log = [];
  const sockets = new Set();
  const sitemaps = options.sitemaps ?? true;
  const stats = { inFlight: 0, maxInFlight: 0 };
  const plain = options.permalinks === 'plain';

  /** Article i: its URL path, date, template. */
  const article = (i) => {
    const t = tpls[i % tpls.length];
    const date = new Date(start + (i % spanDays) * DAY).toISOString().slice(0, 10);
    const [yyyy, mm] = date.split('-');
    const slug = `${slugify(t.headline) || 'berita'}-${i}`;
    return { i, t, date, path: plain ? `/?p=${i}` : `/${yyyy}/${mm}/${slug}/` };
  };
  const byPath = new Map();
  for (let i = 0; i < count; i++) byPath.set(article(i).path, i);

  /** The page of article i (bytes), in its own encoding. */
  const page = (i) => {
    const a = article(i);
    const v = versions.get(i) ?? 0;
    let html = a.t.html;
    if (a.t.canonical) html = html.split(a.t.canonical).join(origin + a.path);
    if (a.t.date) html = html.split(a.t.date).join(a.date);
    const edition = `Edisi ${options.label ?? ''}${i}${v ? ` revisi ${v}` : ''}`;
    if (a.t.tail) html = html.split(a.t.tail).join(`${a.t.tail} ${edition}`);
    else html = html.replace(/<\/h1>/i, ` ${edition}</h1>`).replace(/<\/title>/i, ` ${edition}</title>`);
    const e = edits.get(i) ?? {};
    // A word of the text changed where it is text (between tags), not in attributes.
    const change = (word, n) => (html = html.replace(/>([^<]*)/g, (m, t) => `>${t.split(word).join(`${word}${'nya'.repeat(n)}`)}`));
    if (e.text && a.t.textWord) change(a.t.textWord, e.text);
    if (e.caption && a.t.captionWord) change(a.t.captionWord, e.caption);
    if (e.note && a.t.textWord) {
      const word = html.search(new RegExp(`>[^<]*\\b${a.t.textWord}`));
      const at = word < 0 ? -1 : html.indexOf('</p>', word);
      const note = `<p><strong>Ralat:</strong> berita ini telah diperbarui. Sebelumnya tertulis &#8220;${a.t.textWord}&#8221;.</p>`;
      if (at >= 0) html = html.slice(0, at + 4) + note + html.slice(at + 4);
    }
    return Buffer.from(html, 'latin1');
  };
  const etagOf = (i) => `"a${i}-v${versions.get(i) ?? 0}${editCount(i) ? `-e${editCount(i)}` : ''}"`;
  const lastModifiedOf = (i) => new Date(start + (i % spanDays) * DAY + 3_600_000 * (1 + (versions.get(i) ?? 0))).toUTCString();

  const sendArticle = (req, res, i, { gzip = i % gzipEvery === 0, contentType } = {}) => {
    const a = article(i);
    const etag = etagOf(i);
    const headers = {
      'content-type': contentType ?? (a.t.charset === 'utf-8' ? 'text/html; charset=UTF-8' : 'text/html'),
      ...(validators ? { etag, 'last-modified': lastModifiedOf(i) } : {}),
    };
    if (validators && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    let body = page(i);
    if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
  };

  // --- discovery documents -------------------------------------------------

  const sitemapCount = () => Math.max(1, Math.ceil(count / perSitemap));
  const childName = (k) => (k === sitemapCount() && sitemapCount() > 1 ? `/post-sitemap${k}.xml.gz` : `/post-sitemap${k}.xml`);
  /** The post's modified time (the site's local time, WITA): an hour later for each edit. */
  const modifiedOf = (a) => `${a.date}T${String(10 + editCount(a.i) + (versions.get(a.i) ?? 0)).padStart(2, '0')}:00:00`;
  const lastmod = (a) => `${modifiedOf(a)}+08:00`;

  const sitemapIndex = () => {
    const children = [];
    for (let k = 1; k <= sitemapCount(); k++) children.push(childName(k));
    children.push('/page-sitemap.xml', '/category-sitemap.xml');
    if (faults) children.push('/fault-sitemap.xml');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="//example.invalid/main-sitemap.xsl"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${children
      .map((c) => `\t<sitemap>\n\t\t<loc>${origin}${c}</loc>\n\t\t<lastmod>2024-12-31T10:00:00+08:00</lastmod>\n\t</sitemap>`)
      .join('\n')}\n</sitemapindex>\n`;
  };
  const urlset = (entries) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n${entries
      .map(
        (e) =>
          `\t<url>\n\t\t<loc>${escapeXml(e.loc)}</loc>\n${e.lastmod ? `\t\t<lastmod>${e.lastmod}</lastmod>\n` : ''}\t\t<image:image><image:loc>${origin}/wp-content/uploads/foto-${e.n ?? 0}.jpg</image:loc></image:image>\n\t</url>`,
      )
      .join('\n')}\n</urlset>\n`;
  const postSitemap = (k) => {
    const entries = [];
    for (let i = (k - 1) * perSitemap; i < Math.min(count, k * perSitemap); i++) {
      const a = article(i);
      entries.push({ loc: origin + a.path, lastmod: lastmod(a), n: i });
    }
    return urlset(entries);
  };

  const FAULTS = [
    '/fault/429/',
    '/fault/503/',
    '/fault/503-always/',
    '/fault/reset/',
    '/fault/slow/',
    '/fault/hang/',
    '/fault/loop-a/',
    '/fault/gzip/',
    '/fault/cp1252/',
    '/private/rahasia-redaksi/',
    '/fault/huge/',
    '/fault/bomb/',
    '/fault/404/',
    '/fault/410/',
    '/fault/amp/',
    '/fault/mirror/',
  ];
  const listedFaults = FAULTS.filter((p) => faultSet === null || faultSet.has(p));
  const cp1252Index = tpls.findIndex((t) => t.charset === 'windows-1252');
  // The article the two duplicates copy: one with a canonical URL, one without.
  const canonicalTwin = tpls.findIndex((t) => t.canonical);
  const textTwin = tpls.findIndex((t) => !t.canonical);
  // Fault pages that answer 200 show articles past the generated ones (their own text and URL).
  const FAULT_BASE = 1_000_000;
  const faultArticle = (path) => FAULT_BASE + FAULTS.indexOf(path);
  const beyondWithTemplate = (t) => {
    const i = FAULT_BASE + FAULTS.length;
    return i + ((((t - i) % tpls.length) + tpls.length) % tpls.length);
  };

  const feed = () => {
    const latest = [];
    for (let i = count - 1; i >= Math.max(0, count - 10); i--) latest.push(article(i));
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n<title>Fake Berita</title>\n<link>${origin}/</link>\n${latest
      .map(
        (a) =>
          `<item>\n\t<title><![CDATA[${a.t.headline}]]></title>\n\t<link>${origin}${a.path}</link>\n\t<pubDate>${new Date(`${a.date}T02:00:00Z`).toUTCString()}</pubDate>\n\t<guid isPermaLink="false">${origin}/?p=${a.i}</guid>\n</item>`,
      )
      .join('\n')}\n</channel>\n</rss>\n`;
  };

  const restPosts = (url) => {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? '10'));
    const pageNo = Number(url.searchParams.get('page') ?? '1');
    const after = url.searchParams.get('after');
    const before = url.searchParams.get('before');
    const all = [];
    for (let i = count - 1; i >= 0; i--) {
      const a = article(i);
      const date = `${a.date}T10:00:00`;
      if (after && date <= after) continue;
      if (before && date >= before) continue;
      all.push({ link: origin + a.path, date, modified: modifiedOf(a) });
    }
    const totalPages = Math.max(1, Math.ceil(all.length / perPage));
    return { posts: all.slice((pageNo - 1) * perPage, pageNo * perPage), total: all.length, totalPages, pageNo };
  };

  /** 256 MiB of spaces, gzipped to about 1 MiB (made chunk by chunk: the server never holds 256 MiB). */
  let bomb = null;
  const gzipBomb = () =>
    (bomb ??= new Promise((resolve, reject) => {
      const gz = createGzip({ level: 1 });
      const out = [];
      gz.on('data', (d) => out.push(d));
      gz.on('end', () => resolve(Buffer.concat(out)));
      gz.on('error', reject);
      const chunk = Buffer.alloc(MiB, 0x20);
      for (let k = 0; k < 256; k++) gz.write(chunk);
      gz.end();
    }));

  /** WordPress without pretty permalinks: only the plain forms answer. */
  const handlePlain = (req, res, url, xml, status) => {
    const q = url.searchParams;
    if (url.pathname !== '/' || !url.search) return status(404);
    if (q.has('p')) {
      const i = Number(q.get('p'));
      return Number.isInteger(i) && i >= 0 && i < count ? sendArticle(req, res, i) : status(404);
    }
    const map = q.get('sitemap');
    if (map === 'index') {
      const children = [];
      for (let k = 1; k <= sitemapCount(); k++) children.push(`/?sitemap=posts&amp;sitemap-subtype=post&amp;paged=${k}`);
      children.push(
        '/?sitemap=posts&amp;sitemap-subtype=page&amp;paged=1',
        '/?sitemap=taxonomies&amp;sitemap-subtype=category&amp;paged=1',
        '/?sitemap=users&amp;paged=1',
      );
      const locs = children.map((c) => `<sitemap><loc>${origin}${c}</loc></sitemap>`).join('\n');
      return xml(`<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs}\n</sitemapindex>\n`);
    }
    if (map === 'posts' && q.get('sitemap-subtype') === 'post') return xml(postSitemap(Number(q.get('paged') ?? '1')));
    if (map === 'posts') return xml(urlset([{ loc: `${origin}/?page_id=2` }]));
    if (map === 'taxonomies') return xml(urlset([{ loc: `${origin}/?cat=1` }]));
    if (map === 'users') return xml(urlset([{ loc: `${origin}/?author=1` }]));
    if (q.get('feed') === 'rss2') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=UTF-8' });
      return void res.end(feed());
    }
    if (q.get('rest_route') === '/wp/v2/posts') {
      const r = restPosts(url);
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'x-wp-total': String(r.total), 'x-wp-totalpages': String(r.totalPages) });
      return void res.end(JSON.stringify(r.posts));
    }
    return status(404);
  };

  // --- the server --------------------------------------------------------------

  const handle = (req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const key = url.pathname + url.search;
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    if (record) {
      // The server's own clock: when the request arrived, and when its answer was sent in full.
      const entry = { path: key, at: Date.now(), endedAt: null, sentAt: null, headers: req.headers };
      log.push(entry);
      res.on('finish', () => (entry.endedAt = Date.now()));
      // When the last bytes were handed to the socket: the answer's end as the client sees it ('finish' comes a turn of the event loop later).
      const end = res.end.bind(res);
      res.end = (...args) => {
        entry.sentAt ??= Date.now();
        return end(...args);
      };
    }

    const xml = (body, extra = {}) => {
      const buf = Buffer.from(body, 'utf8');
      res.writeHead(200, { 'content-type': 'application/xml; charset=UTF-8', 'content-length': String(buf.length), ...extra });
      res.end(buf);
    };
    const status = (code, body = '') => {
      res.writeHead(code, { 'content-type': 'text/html; charset=UTF-8' });
      res.end(body || `<html><body><h1>${code}</h1></body></html>`);
    };

    if (url.pathname === '/robots.txt') {
      if (options.robotsStatus) return status(options.robotsStatus);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(
        [
          '# Fake Berita',
          'User-agent: *',
          'Disallow: /',
          'Crawl-delay: 30',
          '',
          'User-agent: kliping',
          'Disallow: /private/',
          'Disallow: /wp-admin/',
          `Crawl-delay: ${options.crawlDelay ?? 0}`,
          ...(options.robotsExtra ?? []),
          '',
          ...(sitemaps && !plain ? [`Sitemap: ${origin}/sitemap_index.xml`] : []),
          '',
        ].join('\n'),
      );
      return;
    }
    if (plain) return handlePlain(req, res, url, xml, status);
    if (!sitemaps && /sitemap/.test(url.pathname)) return status(404);
    if (url.pathname === '/wp-sitemap.xml') {
      res.writeHead(301, { location: '/sitemap_index.xml' });
      res.end();
      return;
    }
    if (url.pathname === '/sitemap_index.xml') return xml(sitemapIndex());
    const child = /^\/post-sitemap(\d+)\.xml(\.gz)?$/.exec(url.pathname);
    if (child && Number(child[1]) >= 1 && Number(child[1]) <= sitemapCount() && childName(Number(child[1])) === url.pathname) {
      const body = postSitemap(Number(child[1]));
      if (child[2]) {
        const gz = gzipSync(Buffer.from(body, 'utf8'));
        res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': String(gz.length) });
        res.end(gz);
        return;
      }
      return xml(body);
    }
    if (url.pathname === '/page-sitemap.xml') return xml(urlset([{ loc: `${origin}/tentang-kami/` }, { loc: `${origin}/redaksi/` }]));
    if (url.pathname === '/category-sitemap.xml') return xml(urlset([{ loc: `${origin}/category/banjar/` }]));
    if (url.pathname === '/fault-sitemap.xml' && faults) return xml(urlset(listedFaults.map((p) => ({ loc: origin + p }))));
    if (url.pathname === '/feed/') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=UTF-8' });
      res.end(feed());
      return;
    }
    if (url.pathname === '/wp-json/wp/v2/posts') {
      if (restApi === 'blocked') {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"code":"rest_forbidden","message":"Maaf, Anda tidak diizinkan.","data":{"status":401}}');
        return;
      }
      const r = restPosts(url);
      if (r.pageNo > r.totalPages) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"code":"rest_post_invalid_page_number"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'x-wp-total': String(r.total), 'x-wp-totalpages': String(r.totalPages) });
      res.end(JSON.stringify(r.posts));
      return;
    }
    if (url.pathname === '/' && url.searchParams.has('p')) {
      const i = Number(url.searchParams.get('p'));
      if (Number.isInteger(i) && i >= 0 && i < count) {
        res.writeHead(301, { location: article(i).path });
        res.end();
        return;
      }
    }

    if (faults && listedFaults.includes(url.pathname === '/fault/loop-b/' ? '/fault/loop-a/' : url.pathname)) {
      switch (url.pathname) {
        case '/fault/429/':
          if (n === 1) {
            res.writeHead(429, { 'retry-after': String(options.retryAfter ?? 1), 'content-type': 'text/html' });
            res.end('<h1>Too Many Requests</h1>');
            return;
          }
          return sendArticle(req, res, faultArticle(url.pathname));
        case '/fault/503/':
          if (n <= 2) return status(503);
          return sendArticle(req, res, faultArticle(url.pathname));
        case '/fault/503-always/':
          return status(503);
        case '/fault/reset/':
          if (n === 1) {
            req.socket.destroy();
            return;
          }
          return sendArticle(req, res, faultArticle(url.pathname));
        case '/fault/slow/':
          setTimeout(() => sendArticle(req, res, faultArticle(url.pathname)), options.slowMs ?? 400);
          return;
        case '/fault/hang/':
          return; // never answers
        case '/fault/loop-a/':
          res.writeHead(302, { location: '/fault/loop-b/' });
          res.end();
          return;
        case '/fault/loop-b/':
          res.writeHead(302, { location: '/fault/loop-a/' });
          res.end();
          return;
        case '/fault/gzip/':
          return sendArticle(req, res, faultArticle(url.pathname), { gzip: true });
        case '/fault/cp1252/':
          return sendArticle(req, res, beyondWithTemplate(cp1252Index), { gzip: false, contentType: 'text/html; charset=windows-1252' });
        case '/private/rahasia-redaksi/':
          return sendArticle(req, res, faultArticle(url.pathname));
        case '/fault/huge/': {
          // 64 MiB, chunked, without Content-Length; stops when the client goes away.
          res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' });
          const chunk = Buffer.from('<p>' + 'kliping '.repeat(8188) + '</p>\n');
          let sent = 0;
          const pump = () => {
            while (sent < 64 * MiB) {
              sent += chunk.length;
              if (!res.write(chunk)) return void res.once('drain', pump);
            }
            res.end();
          };
          res.on('close', () => (sent = Infinity));
          res.write('<!doctype html><html><head><title>Besar</title></head><body>');
          pump();
          return;
        }
        case '/fault/bomb/': {
          gzipBomb().then((body) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8', 'content-encoding': 'gzip', 'content-length': String(body.length) });
            res.end(body);
          });
          return;
        }
        case '/fault/404/':
          return status(404);
        case '/fault/410/':
          return status(410);
        case '/fault/amp/': {
          // Article `canonicalTwin`'s page at another URL: its canonical link names the original.
          return sendArticle(req, res, canonicalTwin, { gzip: false });
        }
        case '/fault/mirror/':
          // Article `textTwin`'s page (no canonical link) at another URL: the same text.
          return sendArticle(req, res, textTwin, { gzip: false });
      }
    }

    const i = byPath.get(url.pathname);
    if (i !== undefined) {
      if (options.articleAnswerMs) return void setTimeout(() => sendArticle(req, res, i), options.articleAnswerMs);
      return sendArticle(req, res, i);
    }
    status(404);
  };

  const server = http.createServer((req, res) => {
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    let counted = true;
    const done = () => {
      if (counted) stats.inFlight--;
      counted = false;
    };
    res.on('finish', done);
    res.on('close', done);
    try {
      handle(req, res);
    } catch (err) {
      res.destroy(err);
    }
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;

  const articleUrls = [];
  for (let i = 0; i < count; i++) articleUrls.push(origin + article(i).path);

  return {
    origin,
    articleUrls,
    articles: Array.from({ length: count }, (_, i) => {
      const a = article(i);
      return {
        url: origin + a.path,
        date: a.date,
        template: a.t.name,
        datedByTemplate: a.t.date !== null,
        editable: { text: a.t.textWord !== null, caption: a.t.captionWord !== null },
      };
    }),
    faultUrls: faults ? listedFaults.map((p) => origin + p) : [],
    twins: { canonical: origin + article(canonicalTwin).path, text: origin + article(textTwin).path },
    cp1252Headline: cp1252Index >= 0 ? `${tpls[cp1252Index].headline} Edisi ${options.label ?? ''}${beyondWithTemplate(cp1252Index)}` : null,
    hits,
    log,
    stats,
    resetHits() {
      hits.clear();
      log.length = 0;
      stats.maxInFlight = stats.inFlight;
    },
    /** Publish n more articles (they appear in the sitemaps, the feed and the REST API). */
    publish(n) {
      const urls = [];
      for (let k = 0; k < n; k++) {
        const a = article(count);
        byPath.set(a.path, count);
        urls.push(origin + a.path);
        count++;
      }
      return urls;
    },
    /** Change article i (a new version: new text, new ETag). */
    bump(i) {
      versions.set(i, (versions.get(i) ?? 0) + 1);
    },
    /** Edit article i: a word of its body or of a caption, or its headline; its modified time moves on. */
    edit(i, what) {
      if (what === 'headline') return void versions.set(i, (versions.get(i) ?? 0) + 1);
      const e = edits.get(i) ?? {};
      if (what === 'ralat') {
        e.note = 1;
        what = 'text';
      }
      e[what] = (e[what] ?? 0) + 1;
      edits.set(i, e);
    },
    /** Every article answers after this long from now on. */
    setArticleAnswerMs(ms) {
      options.articleAnswerMs = ms;
    },
    close() {
      return new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      });
    },
  };
}

/** sha256 of a buffer, hex (for tests comparing archives). */
export function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

// Run as a program: serve until stdin closes (the bench runs the site in its own process).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const get = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const logFile = get('--log-file', null);
  const site = await startFakeSite({
    articles: Number(get('--articles', '1000')),
    faults: args.includes('--faults'),
    record: logFile !== null,
    gzipEvery: Number(get('--gzip-every', '3')),
    label: get('--label', undefined),
  });
  const urlsFile = get('--urls-file', null);
  if (urlsFile) writeFileSync(urlsFile, site.articleUrls.join('\n') + '\n');
  process.stdout.write(JSON.stringify({ origin: site.origin, articles: site.articleUrls.length }) + '\n');
  // The request log (with --log-file), written when stdin closes: measured in this process, whose event loop does nothing else.
  let ending = false;
  const end = () =>
    !ending &&
    (ending = true) &&
    site.close().then(() => {
      if (logFile) writeFileSync(logFile, JSON.stringify(site.log.map(({ path, at, endedAt, sentAt }) => ({ path, at, endedAt, sentAt }))));
      process.exit(0);
    });
  process.stdin.resume();
  process.stdin.on('end', end);
  process.stdin.on('close', end);
}
