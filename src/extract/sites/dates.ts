/**
 * Where pages keep their publication date, as data: meta names, the words of the class and id
 * names of date elements, the labels printed before a date, and the parts of a page whose dates
 * belong to something else (comments, embedded posts, teasers, the header's "today").
 * The search and its ranking (../published/) read these tables; each entry says where it is seen.
 */

/**
 * <meta> names (name, property or itemprop, lower case) that carry the publication time,
 * most specific first. The first one with a plausible value is the page's metadata date.
 */
export const PUBLISHED_META_NAMES: readonly string[] = [
  // Open Graph article objects (Yoast, Rank Math, Jetpack, most news CMSs); og: variants of old themes
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  // schema.org microdata on <meta itemprop> (WordPress themes, Drupal)
  'datepublished',
  'datecreated',
  // analytics and recommendation vendors (Parse.ly, Sailthru, Shareaholic, cXense, Taboola…)
  'parsely-pub-date',
  'sailthru.date',
  'shareaholic:article_published_time',
  'cxenseparse:recs:publishtime',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'originalpublicationdate',
  // news CMSs and agencies (AP, Reuters, Gannett, Brightspot, Arc): names seen on many sites
  'pubdate',
  'og:pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published-date',
  'published_date',
  'published_time',
  'publication_date',
  'publication-date',
  'date_published',
  'datepublished',
  'date.published',
  'dcsext.articlefirstpublished',
  'analyticsattributes.articledate',
  'rnews:datepublished',
  'twt-published-at',
  'content_publisheddate',
  'article.created',
  'created',
  'date_created',
  'datecreated',
  // Dublin Core (government, university and library sites, Typo3, Plone)
  'dc.date.issued',
  'dc.date.created',
  'dc.date.publication',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'dc:date',
  // scholarly and press metadata (Highwire/Google Scholar citation_*, PRISM)
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'prism.publicationdate',
  'prism.coverdate',
  // video and generic names: last, as they often hold another date
  'video:release_date',
  'vr:published_time',
  'date',
  'search_date',
  'timestamp',
];

/**
 * Generic names that many CMSs fill with another date (the day the page was generated, cached
 * or last edited: Typo3 and Drupal `date`, Dublin Core `dc.date`): they give the date only when
 * the page prints none, or the same one.
 */
export const WEAK_META_NAMES: ReadonlySet<string> = new Set([
  'date',
  'dc.date',
  'dcterms.date',
  'dc:date',
  'search_date',
  'timestamp',
  'created',
  'date_created',
]);

/** <meta> names that carry the last modification time. */
export const MODIFIED_META_NAMES: readonly string[] = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'article:modified',
  'datemodified',
  'modified_time',
  'updated_time',
  'article.updated',
  'last-modified',
  'lastmod',
  'dcterms.modified',
  'dc.date.modified',
  'shareaholic:article_modified_time',
  'revision_date',
  'citation_revision_date',
];

/**
 * Other meta names that say what they hold ("five_hundred_pixels:uploaded", "og:video:release_date",
 * "bt:pubdate"): after every name of the tables.
 */
export const PUBLISHED_META_PATTERN = /(?:^|[:._-])(?:published|publish|pub|uploaded|upload|release|issued)(?:[._-]?(?:time|date|at|on))?$/;
export const MODIFIED_META_PATTERN = /(?:^|[:._-])(?:modified|updated|revised|changed)(?:[._-]?(?:time|date|at|on))?$/;

/** Meta names whose value may be written as 'YYYYMMDD' (no separators): dates by their name. */
export const COMPACT_DATE_META = /(?:^|[._:-])(?:date|pubdate|publishdate|issued|created)$/;

/** Meta names whose value may be epoch seconds: times by their name. */
export const EPOCH_META = /(?:timestamp|utime|publishtime)$/;

/**
 * Words of class and id names that mark an element printing a date (htmldate's list, widened
 * with the Indonesian and European names WordPress, Blogger, Drupal and Typo3 themes use):
 * matched inside a class or id token ("entry-date", "postDate", "newsdatum", "text_datum").
 */
export const DATE_CLASS_WORDS = /date|datum|time|zeit|publish|posted|byline|dateline|tanggal|waktu|fecha|parution|submitted|pubdate|datetime|postmeta/i;

/** Whole class or id tokens (or their parts) that mark a meta line holding the date; also read against a whole class attribute. */
export const META_CLASS_PARTS =
  /(?:^|[\s_-])(?:meta|metadata|info|subline|details)(?:$|[\s_-])|(?:post|entry|article|news)[-_]?(?:detail|info|meta|data|header)/i;

/**
 * Words that say "this was published" before (or, in German, after) a date, with the
 * preposition that may follow them: WordPress and Blogger theme strings in Indonesian,
 * English, German, French, Spanish, Portuguese, Italian, Dutch and Polish.
 */
const PUBLISHED_WORDS = [
  'posted',
  'published',
  'first published',
  'diposting',
  'diposkan',
  'dipublikasikan',
  'diterbitkan',
  'ditulis',
  'dibuat',
  'veröffentlicht',
  'publiziert',
  'erstellt',
  'erschienen',
  'publié',
  'mis en ligne',
  'publicado',
  'pubblicato',
  'gepubliceerd',
  'opublikowano',
];
const PUBLISHED_PREPOSITIONS = ['on', 'am', 'le', 'el', 'em', 'il', 'op', 'pada', 'tanggal'];
/** Field names that label a date only with a colon ("Datum: 12.03.2020", "Stand: 28.04.2020 14:05 Uhr", "Tanggal: …"). */
const DATE_FIELD_NAMES = ['date', 'datum', 'tanggal', 'stand', 'created', 'publication date', 'terbit', 'waktu', 'fecha', 'data'];

/** Words that say the date after them is an update: it fills `modified`, never `published`. */
const UPDATED_WORDS = [
  'updated',
  'update',
  'last updated',
  'last modified',
  'modified',
  'revised',
  'diperbarui',
  'diupdate',
  'update terakhir',
  'pembaruan',
  'aktualisiert',
  'zuletzt aktualisiert',
  'geändert',
  'letzte änderung',
  'mis à jour',
  'actualizado',
  'atualizado',
  'aggiornato',
  'bijgewerkt',
  'zaktualizowano',
];

const alternation = (words: readonly string[]) =>
  words
    .map((w) => w.replace(/ /g, '\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|');
/** Where a label may stand: at the start of a line, after a separator, or after a space. */
const LABEL_START = '(?:^|[|•·,;/(\\[]\\s*|\\s)';

/** A publication label in a meta line ("Posted on", "Diposting:", "Veröffentlicht am", "Publié le", "Stand:"). */
export const PUBLISHED_LABELS = new RegExp(
  `${LABEL_START}(?:(?:${alternation(PUBLISHED_WORDS)})(?:\\s+(?:${PUBLISHED_PREPOSITIONS.join('|')}))?(?![\\p{L}\\p{N}])|(?:${alternation(DATE_FIELD_NAMES)})\\s*:)`,
  'iu',
);

/** An update label ("Updated", "Diperbarui", "Aktualisiert am", "Mis à jour le", "Letzte Änderung:"). */
export const UPDATED_LABELS = new RegExp(
  `${LABEL_START}(?:${alternation(UPDATED_WORDS)})(?:\\s+(?:${PUBLISHED_PREPOSITIONS.join('|')}|at))?(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Class tokens of elements that print the update stamp (WordPress `updated`, `modified-date`). */
export const UPDATED_CLASS = /(?:^|[-_\s])(?:updated|modified|update|lastmod|changed)(?:$|[-_\s])/i;

/**
 * Class or id parts of containers whose dates belong to another item, wherever they stand:
 * reader comments (WordPress, Disqus, Facebook), embedded posts (Twitter/X, Instagram,
 * Facebook, TikTok, WordPress embed blocks), teasers and lists of other articles, and the
 * date of today that news themes print in their header bar (tagDiv `tdb_header_date`,
 * Indonesian portals' `tanggal-hari-ini`).
 */
export const OTHER_ITEM_CONTAINERS =
  /(?:^|[-_\s])(?:comments?|commentlist|comment-list|respond|disqus|replies|reply|twitter-tweet|instagram-media|fb-post|tiktok-embed|wp-block-embed|embed|today|date-today|current-date|currentdate|header-date|header_date|tanggal-hari-ini|related|relatedposts|recommended|more-news|more-stories|read-more|readmore|also-read|baca-juga|berita-terkait|terkait|lainnya|popular|terpopuler|trending|recent-posts|latest-posts|next-post|prev-post|previous-post|post-navigation|nav-links)(?:$|[-_\s])/i;

/**
 * Page furniture: the header bar with today's date, tickers, sidebars. Their dates are the
 * page's, not the article's — unless the box sits inside the article (a theme's meta sidebar
 * beside the text, an <aside> with the byline).
 */
export const PAGE_FURNITURE_CONTAINERS = /(?:^|[-_\s])(?:sidebar|topbar|top-bar|header-top|ticker|breaking|teaser|teasers)(?:$|[-_\s])/i;

/** Tags whose dates are not the article's wherever they stand. */
export const FOREIGN_DATE_TAGS: ReadonlySet<string> = new Set(['nav', 'iframe', 'template', 'script', 'style', 'noscript', 'select', 'option', 'menu']);
