/**
 * What says a page is no article, as data: WordPress core's body classes (`body_class()`),
 * its password form and strings (English and id_ID), the archive titles core prints
 * (`get_the_archive_title()`), and the entries a list page holds. The decision that reads
 * these is src/extract/not-article.ts.
 */

/** The kinds of page that are not an article, and the reason each is reported with. */
export const NOT_ARTICLE_REASONS = {
  password: 'password-protected',
  category: 'not an article: category archive',
  tag: 'not an article: tag archive',
  author: 'not an article: author archive',
  date: 'not an article: date archive',
  archive: 'not an article: archive',
  home: 'not an article: home page',
  blog: 'not an article: list of posts',
  search: 'not an article: search results',
  attachment: 'not an article: attachment page',
  notFound: 'not an article: 404 page',
  empty: 'empty page',
} as const;

export type NotArticleKind = keyof typeof NOT_ARTICLE_REASONS;

/**
 * A rule over the `<body>` class tokens. `all`: tokens that must all be there; `any`: at least
 * one of them (when given); `entries`: the page must also list at least this many entries
 * (posts) — for the classes that themes and plugins also put on other pages, so that the
 * class alone is weak evidence; `unless`: tokens that overrule it (by default those of a
 * singular page, SINGULAR_BODY_CLASSES).
 */
export interface BodyClassRule {
  kind: NotArticleKind;
  all: readonly string[];
  any?: readonly RegExp[];
  entries?: number;
  unless?: readonly RegExp[];
  /** Where the classes come from. */
  from: string;
}

/** Checked in order; the first that holds decides. */
export const BODY_CLASS_RULES: readonly BodyClassRule[] = [
  { kind: 'notFound', all: ['error404'], from: 'WordPress core body_class(): is_404()' },
  { kind: 'search', all: ['search'], any: [/^search-(?:no-)?results$/], from: 'WordPress core body_class(): is_search()' },
  // An attachment page also carries "single" (it is singular, and no article all the same).
  {
    kind: 'attachment',
    all: ['attachment'],
    any: [/^single-attachment$/, /^attachmentid-\d+$/],
    unless: [],
    from: 'WordPress core body_class(): is_attachment()',
  },
  { kind: 'category', all: ['archive', 'category'], from: 'WordPress core body_class(): is_category()' },
  { kind: 'tag', all: ['archive', 'tag'], from: 'WordPress core body_class(): is_tag()' },
  { kind: 'author', all: ['archive', 'author'], from: 'WordPress core body_class(): is_author()' },
  { kind: 'date', all: ['archive', 'date'], from: 'WordPress core body_class(): is_date()' },
  // Custom taxonomies and post-type archives (WooCommerce, portfolio plugins): weaker, a list must show.
  {
    kind: 'archive',
    all: ['archive'],
    any: [/^tax-/, /^post-type-archive/],
    entries: 2,
    from: 'WordPress core body_class(): is_tax(), is_post_type_archive()',
  },
  // The front page, also a static one ("home page page-id-2"): only a post would make it an article, and no post is one.
  { kind: 'home', all: ['home'], unless: [/^single$/, /^postid-\d+$/], from: 'WordPress core body_class(): is_front_page()' },
  { kind: 'blog', all: ['blog'], entries: 2, from: 'WordPress core body_class(): is_home(), the posts page' },
];

/**
 * Body classes of a single post or page (WordPress core `is_singular()`, and the "singular"
 * class many themes add): they overrule every rule that does not say otherwise.
 */
export const SINGULAR_BODY_CLASSES: readonly RegExp[] = [/^single$/, /^single-post$/, /^postid-\d+$/, /^page-id-\d+$/, /^singular$/];

/**
 * The entries of a list page: WordPress `post_class()` ("hentry", "type-post"), and the
 * `<article>` element themes wrap each teaser in.
 */
export const ENTRY_CLASSES: readonly string[] = ['hentry', 'type-post'];
export const ENTRY_TAG = 'article';

/**
 * The password form of a protected post: WordPress core `get_the_password_form()`
 * (`form.post-password-form` posting to `wp-login.php?action=postpass`), and the class
 * `post_class()` gives a protected post.
 */
export const PASSWORD_FORM_CLASS = 'post-password-form';
export const PASSWORD_FORM_ACTION = /[?&]action=postpass\b/;
export const PASSWORD_REQUIRED_CLASS = 'post-password-required';

/** The core strings a protected post prints, English and id_ID, and themes' variants. */
export const PASSWORD_TEXTS: readonly RegExp[] = [
  // WordPress core: "This content is password protected. To view it please enter your password below:"
  /^this (?:content|post|page|article) is password[- ]protected\b/i,
  // id_ID: "Konten ini dilindungi kata sandi. …", and the "Pos ini …"/"Artikel ini …" variants themes print.
  /^(?:konten|pos|tulisan|artikel|halaman|berita) ini (?:dilindungi|diproteksi|terproteksi)(?: oleh| dengan)? (?:kata ?sandi|password)\b/i,
];

/** The headline prefix core gives a protected post: "Protected: %s", id_ID "Dilindungi: %s". */
export const PROTECTED_TITLE = /^(?:protected|dilindungi|terproteksi)\s*:\s/i;

/**
 * Archive titles WordPress core prints (`get_the_archive_title()`, search and 404 templates),
 * English and id_ID, for pages whose body classes are gone (a cache, an AMP or headless
 * front end): with several entries listed, the title names the kind of list.
 */
export const ARCHIVE_TITLES: readonly { kind: NotArticleKind; title: RegExp }[] = [
  { kind: 'category', title: /^(?:category|kategori)\s*:\s*\S/i },
  { kind: 'tag', title: /^(?:tag|tags|label)\s*:\s*\S/i },
  { kind: 'author', title: /^(?:author|penulis)\s*:\s*\S/i },
  { kind: 'date', title: /^(?:year|month|day|tahun|bulan|hari)\s*:\s*\S/i },
  { kind: 'archive', title: /^(?:archives?|arsip)\s*:\s*\S/i },
  { kind: 'search', title: /^(?:search results for|hasil pencarian(?: untuk)?)\s*:?\s*\S/i },
];

/** How many entries a page without body classes must list before its archive title counts. */
export const ARCHIVE_TITLE_ENTRIES = 3;

/** Below this much visible text (characters), a page with no paragraph is an empty page. */
export const EMPTY_PAGE_TEXT = 200;
