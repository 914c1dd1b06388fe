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
/** The largest page the REST API serves. */
export const WP_PER_PAGE = 100;

/** Child sitemaps that list pages, taxonomies, authors or media rather than articles. */
export const NON_ARTICLE_SITEMAPS: RegExp[] = [
  /\/wp-sitemap-(?:users|taxonomies)-/i,
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

export function isArticleSitemap(url: string): boolean {
  return !NON_ARTICLE_SITEMAPS.some((re) => re.test(url));
}

/** True for a URL that may be an article: not the home page, not an archive, feed or media file. */
export function isArticleUrl(url: URL): boolean {
  if (url.pathname === '/' && !url.search) return false;
  return !NON_ARTICLE_PATHS.some((re) => re.test(url.pathname));
}
