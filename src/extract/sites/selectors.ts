/**
 * Theme knowledge as data: where known WordPress/Blogger/AMP themes and common news CMSs
 * put the article. Ordered from most to least specific; the extractor takes the first
 * selector whose match carries enough text, and falls back to the generic scorer.
 */

/** The element that holds the article body, each group with where it is seen. */
export const CONTENT_SELECTORS: readonly string[] = [
  // schema.org microdata: news CMSs and WordPress SEO themes mark the body so.
  '[itemprop="articleBody"]',
  // tagDiv Newspaper and its Cloud Library templates (WordPress; many Indonesian regional sites).
  '.td-post-content .tdb-block-inner',
  '.td-post-content',
  '.tdb_single_content .tdb-block-inner',
  // JNews (WordPress; Indonesian regional and national sites).
  '.jeg_post_content .content-inner',
  '.jeg_inner_content .content-inner',
  '.content-inner',
  // WordPress themes built on Underscores / Twenty*; the AMP for WordPress plugin.
  '.entry-content',
  '.amp-wp-article-content',
  '.post-content',
  // Blogger templates.
  '.post-body.entry-content',
  '.post-body',
  // News CMSs' generic article templates.
  '.single-content',
  '.article-content',
  '.article__content',
  '.article-body',
  '.article__body',
  // Indonesian national portals' detail pages: detikcom, CNN Indonesia, Kompas.com, Tribunnews
  // (and its regional editions), Liputan6, Merdeka.com, and the detail templates other national
  // portals share (".detail-konten", ".read-content", ".content-article"…).
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
  // Older WordPress themes (Kubrick, Twenty Ten) and generic news templates.
  '.post-entry',
  '.entry',
  '.story-body',
  '.news-content',
  '#article-body',
  '#content-article',
];

/** The element that holds the article headline, each group with where it is seen. */
export const HEADLINE_SELECTORS: readonly string[] = [
  // WordPress themes (Twenty*, Underscores), tagDiv Newspaper and Cloud Library, JNews; block
  // themes (Twenty Twenty-Three/Four/Five) print the post-title block.
  'h1.entry-title',
  'h1.wp-block-post-title',
  'h1.tdb-title-text',
  'h1.jeg_post_title',
  // Generic theme and news-CMS classes; detikcom ("detail__title"), Kompas.com ("read__title").
  'h1.post-title',
  'h1.single-post-title',
  'h1.article-title',
  'h1.detail__title',
  'h1.read__title',
  // Blogger templates print the post title as an h3 or h2.
  'h3.post-title.entry-title',
  'h2.post-title.entry-title',
  // Any theme: the h1 in the title box or the article, schema.org's headline, the page's h1.
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
  // WordPress block themes (Twenty Twenty-Three/Four/Five): the post-terms block of categories.
  '.taxonomy-category.wp-block-post-terms a',
  // Above: WordPress themes; below: rel="category" (WordPress core), tagDiv, JNews, theme classes, Blogger labels.
  'a[rel~="category"]',
  '.td-category a',
  '.jeg_meta_category a',
  '.post-category a',
  '.entry-category a',
  '.post-labels a',
];

/**
 * Links naming the article's tags: WordPress block themes' post-terms block of tags, rel="tag"
 * (WordPress, Blogger), tagDiv, JNews, generic theme classes.
 */
export const TAG_SELECTORS: readonly string[] = [
  '.taxonomy-post_tag.wp-block-post-terms a',
  'a[rel="tag"]',
  '.tags-links a',
  '.td-tags a',
  '.jeg_post_tags a',
  '.post-tags a',
  '.tag-list a',
  '.tags a',
];

/**
 * Block themes' post-terms blocks of other taxonomies (categories, custom ones): their links
 * say rel="tag" too, but they are no tags.
 */
export const NOT_TAG_TERMS = { block: 'wp-block-post-terms', taxonomy: /^taxonomy-(?!post_tag$)/ } as const;

/** Author names in theme bylines: schema.org microdata, WordPress hCard ("author vcard"), tagDiv, JNews, rel="author". */
export const AUTHOR_SELECTORS: readonly string[] = [
  '[itemprop="author"] [itemprop="name"]',
  // WordPress block themes: the post-author-name block (Twenty Twenty-Four/Five), the post-author block (Twenty Twenty-Three).
  '.wp-block-post-author-name',
  '.wp-block-post-author__name',
  '.author.vcard .fn',
  '.author.vcard a',
  '.td-post-author-name a',
  '.jeg_meta_author a',
  '.byline .author',
  'a[rel="author"]',
];

/**
 * Breadcrumb trails (the category is the last link before the article itself): schema.org
 * BreadcrumbList, Yoast/Rank Math and theme classes, tagDiv, JNews.
 */
export const BREADCRUMB_SELECTORS: readonly string[] = [
  '[itemtype$="BreadcrumbList"]',
  '.breadcrumb',
  '.breadcrumbs',
  '#breadcrumbs',
  '.td-crumb-container',
  '.jeg_breadcrumbs',
];
