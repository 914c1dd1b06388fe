/**
 * Site knowledge for discovery, as data: where WordPress and its SEO plugins publish
 * sitemaps, feeds and the REST API, and which sitemaps and URLs list no articles.
 */

/** Sitemaps tried on every --site, besides those robots.txt names (WordPress core, Yoast/Rank Math, generic). */
export const WELL_KNOWN_SITEMAPS = ['/wp-sitemap.xml', '/sitemap_index.xml', '/sitemap.xml'];

/** Feeds tried on every --site. */
export const WELL_KNOWN_FEEDS = ['/feed/'];

/** The WordPress REST API's posts collection. */
export const WP_POSTS_PATH = '/wp-json/wp/v2/posts';
/** The same route in WordPress's plain form (`/?rest_route=…`), for sites without pretty permalinks. */
export const WP_POSTS_ROUTE = '/wp/v2/posts';

/**
 * WordPress's plain forms of the well-known documents, tried when the pretty one is missing
 * (a 4xx, or a page that is not one): a site with plain permalinks (`/?p=123`) serves its
 * core sitemap, feed and REST API only so. The REST API's is WP_POSTS_ROUTE under `rest_route`.
 */
export const PLAIN_FORMS: Readonly<Record<string, string>> = {
  '/wp-sitemap.xml': '/?sitemap=index',
  '/feed/': '/?feed=rss2',
};
/** The largest page the REST API serves. */
export const WP_PER_PAGE = 100;

/** Child sitemaps that list pages, taxonomies, authors or media rather than articles. */
export const NON_ARTICLE_SITEMAPS: RegExp[] = [
  /\/wp-sitemap-(?:users|taxonomies)-/i,
  // The same in WordPress's plain form: /?sitemap=users&paged=1, /?sitemap=posts&sitemap-subtype=page&paged=1.
  /[?&]sitemap=(?:users|taxonomies)(?:&|$)/i,
  /[?&]sitemap-subtype=(?:page|attachment|elementor_library|wp_block|wp_navigation|product|e-landing-page)(?:&|$)/i,
  /\/wp-sitemap-posts-(?:page|attachment|elementor_library|wp_block|wp_navigation|product|e-landing-page)-/i,
  /\/(?:page|category|post_tag|tag|author|attachment|product|product_cat|portfolio|web-story|local|video|image|elementor_library)-sitemap\d*\.xml(?:\.gz)?$/i,
];

/** Paths that are archive pages, feeds, media or admin, not articles (the home page: "/" without a query). */
export const NON_ARTICLE_PATHS: RegExp[] = [
  /^\/(?:category|kategori|tag|topik|author|penulis|page|search|feed|wp-admin|wp-content|wp-includes|wp-json|wp-login\.php)(?:\/|$)/i,
  /\/feed\/?$/i,
  /\/page\/\d+\/?$/i,
  /\.(?:jpe?g|png|gif|webp|avif|svg|ico|pdf|mp[34]|m4a|zip|rar|xml|gz|json|css|js|txt)$/i,
];

/**
 * Query parameters that make WordPress's front controller (`/`, `/index.php`) answer with
 * something other than one post: archives, search, feeds, sitemaps, the REST API, attachments.
 */
export const NON_ARTICLE_QUERY = /^(?:cat|tag|author|s|m|year|monthnum|paged|feed|sitemap|rest_route|attachment_id)$/i;

/** What `--site` tried, for the line saying a site listed no article. */
export function triedDocuments(): string {
  const plain = [...Object.values(PLAIN_FORMS), `/?rest_route=${WP_POSTS_ROUTE}`];
  return `${[...WELL_KNOWN_SITEMAPS, 'robots.txt Sitemap: lines', ...WELL_KNOWN_FEEDS, WP_POSTS_PATH].join(', ')}, and WordPress's plain forms where those were missing (${plain.join(', ')})`;
}

export function isArticleSitemap(url: string): boolean {
  return !NON_ARTICLE_SITEMAPS.some((re) => re.test(url));
}

/** True for a URL that may be an article: not the home page, not an archive, feed or media file (pretty or plain: `/?cat=3`). */
export function isArticleUrl(url: URL): boolean {
  if (url.pathname === '/' && !url.search) return false;
  if ((url.pathname === '/' || url.pathname === '/index.php') && [...url.searchParams.keys()].some((k) => NON_ARTICLE_QUERY.test(k))) return false;
  return !NON_ARTICLE_PATHS.some((re) => re.test(url.pathname));
}
