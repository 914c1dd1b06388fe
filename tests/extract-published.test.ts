// The search for the article's own publication date (src/extract/published/): each source,
// each rule of the ranking, and the zone of a local time. Small pages written for each case.
import { describe, expect, it } from 'vitest';
import { extract, extractDetailed } from '../src/index.js';
import { browserJson } from '../src/extract/metadata.js';

const NOW = new Date('2026-12-02T00:00:00Z');

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Judul</title>${head}</head><body>${body}</body></html>`;
}

function article(inner: string, extra = ''): string {
  return `<article class="post"><h1 class="entry-title">Judul Berita Hari Ini</h1>${inner}<div class="entry-content"><p>Isi berita yang cukup panjang untuk menjadi paragraf pertama dari artikel ini.</p><p>Paragraf kedua juga berisi kalimat yang lengkap dan bermakna.</p></div></article>${extra}`;
}

function dates(html: string, options: Parameters<typeof extract>[1] = {}) {
  const r = extract(html, { lint: false, now: NOW, ...options });
  return { published: r.published, from: r.publishedFrom, modified: r.modified };
}

describe('metadata', () => {
  it('JSON-LD of the article comes first, with its own offset', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-22T14:05:00+08:00","dateModified":"2024-10-23T09:00:00+08:00"}</script>' +
        '<meta property="article:published_time" content="2024-10-22T06:05:00+00:00">',
      article(''),
    );
    expect(dates(html)).toEqual({ published: '2024-10-22T14:05:00+08:00', from: 'jsonld', modified: '2024-10-23T09:00:00+08:00' });
  });

  it('reads JSON-LD that browsers accept and JSON.parse refuses: comments, trailing commas, raw line breaks', () => {
    const broken = `{ // Yoast
      "@type": "BlogPosting", /* the date */ "datePublished": "2019-03-04T10:00:00+01:00",
      "description": "two
lines", "keywords": ["a", "b",],
    }`;
    expect(JSON.parse(browserJson(broken))).toMatchObject({ datePublished: '2019-03-04T10:00:00+01:00', description: 'two\nlines', keywords: ['a', 'b'] });
    expect(dates(page(`<script type="application/ld+json">${broken}</script>`, article(''))).published).toBe('2019-03-04T10:00:00+01:00');
  });

  it('takes the date of another creative work (a recipe, a video) when no article is described', () => {
    const recipe = page('<script type="application/ld+json">{"@type":"Recipe","name":"Soto Banjar","datePublished":"2021-05-02"}</script>', article(''));
    expect(dates(recipe)).toMatchObject({ published: '2021-05-02', from: 'jsonld' });
    // …but an article's meta wins over an embedded video's upload date.
    const video = page(
      '<meta name="pubdate" content="2021-03-08T11:15:28Z"><script type="application/ld+json">{"@type":"VideoObject","uploadDate":"2021-03-14T19:14:36Z"}</script>',
      article(''),
    );
    expect(dates(video)).toMatchObject({ published: '2021-03-08T11:15:28+00:00', from: 'meta' });
  });

  it.each([
    ['DC.date.issued', '2015-08-25'],
    ['citation_publication_date', '2015/08/25'],
    ['sailthru.date', 'Tue, 25 Aug 2015 10:00:00 +0200'],
    ['parsely-pub-date', '2015-08-25T10:00:00+02:00'],
    ['dcterms.created', '2015-08-25'],
  ])('reads <meta name="%s">', (name, value) => {
    expect(dates(page(`<meta name="${name}" content="${value}">`, article(''))).published?.slice(0, 10)).toBe('2015-08-25');
  });

  it('reads microdata on any element, and a compact date where the meta name says it is one', () => {
    expect(dates(page('', article('<span itemprop="datePublished" content="2020-01-05T08:00:00+01:00">5. Januar 2020</span>')))).toMatchObject({
      published: '2020-01-05T08:00:00+01:00',
      from: 'meta',
    });
    expect(dates(page('<meta name="date" content="20200105">', article(''))).published).toBe('2020-01-05');
  });

  it("a generic meta 'date' gives way to the date the article prints", () => {
    const html = page('<meta name="date" content="2020-04-30">', article('<div class="post-meta"><span class="date">29.04.2020, 12:01 Uhr</span></div>'));
    expect(dates(html)).toMatchObject({ published: '2020-04-29T12:01:00', from: 'visible' });
  });
});

describe('what the page prints', () => {
  it('reads a date element near the headline, and the update stamp as modified, never as published', () => {
    const html = page(
      '',
      article(
        '<div class="entry-meta"><span class="posted-on">Posted: Nov 8, 2023 / 10:35 PM PST</span> <span class="updated-on">Updated: Nov 9, 2023 / 8:05 AM PST</span></div>',
      ),
    );
    expect(dates(html)).toEqual({ published: '2023-11-08T22:35:00-08:00', from: 'visible', modified: '2023-11-09T08:05:00-08:00' });
    const onlyUpdated = page('', article('<div class="changed-date">Aktualisiert am 06. Mär. 2023</div>'));
    expect(dates(onlyUpdated)).toEqual({ published: null, from: null, modified: '2023-03-06' });
  });

  it.each([
    ['Veröffentlicht am 13. Januar 2014 von Uwe', '2014-01-13'],
    ['Stand: 28.04.2020 14:05 Uhr', '2020-04-28T14:05:00'],
    ['Publié le 11 septembre 2018 à 12h57', '2018-09-11T12:57:00'],
    ['Posted on March 30, 2011 by admin', '2011-03-30'],
    ["Diterbitkan: Jum'at, 5 Januari 2024 pukul 10.00 WITA", '2024-01-05T10:00:00+08:00'],
    ['Publicado el 15 de abril de 2020', '2020-04-15'],
  ])('reads a labelled line in a plain element: %j', (line, expected) => {
    expect(dates(page('', article(`<div>${line}</div>`))).published).toBe(expected);
  });

  it("reads the meta box of a theme that puts it in an <aside> inside the article, but not the page's <aside>", () => {
    const inside = page('', article('<aside class="entry-meta">Veröffentlicht am 13. Januar 2014</aside>'));
    expect(dates(inside).published).toBe('2014-01-13');
    const margin = page('', `<aside class="widget"><span class="post-date">2. Februar 2014</span></aside>${article('')}`);
    expect(dates(margin).published).toBeNull();
  });

  it("skips comments, embedded posts, teasers of other articles and the header bar's date of today", () => {
    const html = page(
      '',
      `<div class="topbar"><span class="date-today">Sabtu, 23 November 2024</span></div>` +
        article(
          '<blockquote class="twitter-tweet"><p>…</p>&mdash; Info (@info) <a href="https://twitter.com/x/status/1">21 Oktober 2024</a></blockquote>' +
            '<div class="related-posts"><span class="post-date">20 Oktober 2024</span></div>' +
            '<div class="post-footer"><span class="posted">Diterbitkan: Kamis, 24 Oktober 2024 | 10:15 WITA</span></div>',
          '<div id="comments"><time datetime="2024-10-25T08:00:00+08:00">25 Oktober 2024</time></div>',
        ),
    );
    expect(dates(html).published).toBe('2024-10-24T10:15:00+08:00');
  });

  it('falls back to a short unmarked line, a lead that opens with its date, then the title', () => {
    expect(dates(page('', article('<p>von Klaus-Peter Schöppner, 8.5.12</p>'))).published).toBe('2012-05-08');
    const lead = page(
      '',
      '<article><h1>Gedenktag</h1><div class="entry-content"><p>27.1.2022 – Bei der Erinnerung an die Verfolgten des NS-Regimes kommen viele zusammen.</p><p>Zweiter Absatz mit mehr Text.</p></div></article>',
    );
    expect(dates(lead).published).toBe('2022-01-27');
  });

  it('uses the date in the URL when nothing better exists, and the page date when it agrees', () => {
    const bare = page('', article(''));
    expect(dates(bare, { url: 'https://example.org/2024/10/22/judul-berita/' })).toMatchObject({ published: '2024-10-22', from: 'url' });
    expect(dates(bare, { url: 'https://example.org/news/29-10-2021' })).toMatchObject({ published: '2021-10-29', from: 'url' });
    expect(dates(bare, { url: 'https://example.org/berita/judul-berita' }).published).toBeNull();
  });

  it('drops dates that cannot be the page’s: before the web, after the fetch, CMS placeholders', () => {
    for (const value of ['1970-01-01T00:00:00Z', '0001-01-01', '1994-12-31', '2027-01-05']) {
      expect(dates(page(`<meta property="article:published_time" content="${value}">`, article(''))).published).toBeNull();
    }
    expect(dates(page('<meta property="article:published_time" content="2026-12-02T09:00:00+08:00">', article(''))).published).toBe(
      '2026-12-02T09:00:00+08:00',
    );
  });
});

describe('the local day and the zone', () => {
  it('a UTC instant in the metadata gives way to the local day the page shows, with the offset the two times imply', () => {
    const html = page(
      '<meta property="article:published_time" content="2023-11-09T06:35:29+00:00">',
      article('<div class="article-meta">Posted: Nov 8, 2023 / 10:35 PM</div>'),
    );
    expect(dates(html)).toMatchObject({ published: '2023-11-08T22:35:00-08:00', from: 'visible' });
    // The same day on the page: the metadata stands as given.
    const same = page('<meta property="article:published_time" content="2023-11-09T06:35:29+00:00">', article('<div class="article-meta">Nov 9, 2023</div>'));
    expect(dates(same)).toMatchObject({ published: '2023-11-09T06:35:29+00:00', from: 'meta' });
    // A date two days apart is another date, not the local day.
    const far = page('<meta property="article:published_time" content="2023-11-09T06:35:29+00:00">', article('<div class="article-meta">Nov 7, 2023</div>'));
    expect(dates(far).published).toBe('2023-11-09T06:35:29+00:00');
  });

  it('writes an offset only when it is known: from the page, the dateline place or the site zone', () => {
    const local = page('', article('<div class="post-date">Selasa, 22 Oktober 2024 14:05</div>'));
    expect(dates(local).published).toBe('2024-10-22T14:05:00');
    expect(dates(local, { zone: 'WITA' }).published).toBe('2024-10-22T14:05:00+08:00');
    const withPlace = local.replace('Isi berita yang cukup panjang', 'BANJARMASIN – Isi berita yang cukup panjang');
    expect(dates(withPlace).published).toBe('2024-10-22T14:05:00+08:00');
    const jayapura = local.replace('Isi berita yang cukup panjang', 'JAYAPURA – Isi berita yang cukup panjang');
    expect(dates(jayapura).published).toBe('2024-10-22T14:05:00+09:00');
    // An ambiguous place (Martapura: Kalimantan Selatan and Sumatera Selatan) gives none.
    const martapura = local.replace('Isi berita yang cukup panjang', 'MARTAPURA – Isi berita yang cukup panjang');
    expect(dates(martapura).published).toBe('2024-10-22T14:05:00');
    // A zone the page prints wins over the place.
    const written = withPlace.replace('14:05', '14:05 WIB');
    expect(dates(written).published).toBe('2024-10-22T14:05:00+07:00');
  });

  it('a printed local time borrows the offset of metadata that gives the same moment', () => {
    const html = page('<meta name="sailthru.date" content="2024-10-22T14:05:00+08:00">', article('<div class="post-date">22/10/2024 14:05</div>'));
    expect(dates(html).published).toBe('2024-10-22T14:05:00+08:00');
  });

  it('says why, in words', () => {
    const { publishedWhy } = extractDetailed(page('<meta property="article:published_time" content="2024-10-22T14:05:00+08:00">', article('')), {
      lint: false,
      now: NOW,
    });
    expect(publishedWhy).toContain('meta article:published_time');
  });
});
