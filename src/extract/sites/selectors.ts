/**
 * Theme knowledge as data: where known WordPress/Blogger/AMP themes and common news CMSs
 * put the article. Ordered from most to least specific; the extractor takes the first
 * selector whose match carries enough text, and falls back to the generic scorer.
 */

/** The element that holds the article body. */
export const CONTENT_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  '.td-post-content .tdb-block-inner',
  '.td-post-content',
  '.tdb_single_content .tdb-block-inner',
  '.jeg_post_content .content-inner',
  '.jeg_inner_content .content-inner',
  '.content-inner',
  '.entry-content',
  '.amp-wp-article-content',
  '.post-content',
  '.post-body.entry-content',
  '.post-body',
  '.single-content',
  '.article-content',
  '.article__content',
  '.article-body',
  '.article__body',
  '.detail__body-text',
  '.detail-text',
  '.read__content',
  '.side-article.txt-article',
  '.txt-article',
  '.article-content-body__item-content',
  '.detail-konten',
  '.wrap__article-detail-content',
  '.post-content-detail',
  '.detail-desc',
  '.mdk-body-paragraph',
  '.content-post-detail',
  '.main-content-detail',
  '.read-content',
  '.content-article',
  '.post-entry',
  '.entry',
  '.story-body',
  '.news-content',
  '#article-body',
  '#content-article',
];

/** The element that holds the article headline. */
export const HEADLINE_SELECTORS: readonly string[] = [
  'h1.entry-title',
  'h1.tdb-title-text',
  'h1.jeg_post_title',
  'h1.post-title',
  'h1.single-post-title',
  'h1.article-title',
  'h1.detail__title',
  'h1.read__title',
  'h3.post-title.entry-title',
  'h2.post-title.entry-title',
  '.post-title h1',
  'article h1',
  'h1[itemprop="headline"]',
  '[itemprop="headline"]',
  'h1',
];

/** Elements whose text is a visible publication date near the headline. */
export const VISIBLE_DATE_SELECTORS: readonly string[] = [
  'time.entry-date',
  '.td-post-date time',
  '.jeg_meta_date',
  '.entry-date',
  '.post-date',
  '.posted-on',
  '.published',
  '.date-published',
  '.post-meta .date',
  '.meta-date',
  '.detail__date',
  '.read__time',
  '.article-date',
  '.date',
  'time',
];

/** Links naming the article's category. */
export const CATEGORY_SELECTORS: readonly string[] = [
  '.cat-links a',
  'a[rel~="category"]',
  '.td-category a',
  '.jeg_meta_category a',
  '.post-category a',
  '.entry-category a',
  '.post-labels a',
];

/** Links naming the article's tags. */
export const TAG_SELECTORS: readonly string[] = [
  'a[rel="tag"]',
  '.tags-links a',
  '.td-tags a',
  '.jeg_post_tags a',
  '.post-tags a',
  '.tag-list a',
  '.tags a',
];

/** Author names in theme bylines. */
export const AUTHOR_SELECTORS: readonly string[] = [
  '[itemprop="author"] [itemprop="name"]',
  '.author.vcard .fn',
  '.author.vcard a',
  '.td-post-author-name a',
  '.jeg_meta_author a',
  '.byline .author',
  'a[rel="author"]',
];

/** Breadcrumb trails (the category is the last link before the article itself). */
export const BREADCRUMB_SELECTORS: readonly string[] = [
  '[itemtype$="BreadcrumbList"]',
  '.breadcrumb',
  '.breadcrumbs',
  '#breadcrumbs',
  '.td-crumb-container',
  '.jeg_breadcrumbs',
];
