/**
 * Which elements are page chrome by their tag, class or id, as data. Two kinds:
 *
 * - **bars**: share buttons, meta lines, tag lists, navigation, ad slots. A bar never holds
 *   paragraphs of prose, so an element whose class names a bar but that does hold prose is a
 *   wrapper whose class describes a feature ("entry share": sharing is on for this entry;
 *   "TestReport__Section--Ads": a section with ad slots between its paragraphs).
 * - **boxes**: related posts, author boxes, newsletter sign-ups, sidebars, cookie banners. They
 *   hold prose of their own, so only holding most of the page's prose makes one no chrome (a
 *   layout wrapper whose class happens to say "sidebar", Blogger's "widget Blog").
 * - **discussions**: comment sections, which can hold more prose than a short post.
 *
 * Any kind is no chrome when it holds most of the page's text; see PageAnalysis.isChrome.
 */

/** Tags whose content is never article text. */
export const NEVER_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'math',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'label',
  'nav',
  'dialog',
  'audio',
  'video',
  'map',
  'head',
  'title',
  'meta',
  'link',
  'ins',
  // AMP components that are ads, share bars, embeds or menus (AMP article templates).
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  'amp-social-share',
  'amp-analytics',
  'amp-pixel',
  'amp-auto-ads',
  'amp-consent',
  'amp-sidebar',
  'amp-iframe',
  'amp-twitter',
  'amp-instagram',
  'amp-facebook',
  'amp-youtube',
  'amp-list',
  'amp-next-page',
]);

/**
 * Tags that are chrome boxes unless they hold most of the page: comment forms, page footers and
 * sidebars are, but ASP.NET pages wrap the whole page in one <form>, and some CMSs put the
 * article itself in an <aside> (a German regional-paper CMS, "aside.nfy-pa-direct-content").
 */
export const CHROME_BOX_TAGS: ReadonlySet<string> = new Set(['form', 'footer', 'aside']);

/**
 * ARIA landmark roles of the page around the article (WAI-ARIA; Drupal and many news CMSs set
 * them on menus, footers and sidebars that carry no chrome class).
 */
export const CHROME_ROLES: ReadonlyMap<string, 'bar' | 'box'> = new Map([
  ['navigation', 'bar'],
  ['search', 'bar'],
  ['menu', 'bar'],
  ['menubar', 'bar'],
  ['banner', 'box'],
  ['contentinfo', 'box'],
  ['complementary', 'box'],
]);

/** Class or id tokens that mark chrome exactly ("hidden", not "hidden-xs"), by kind. */
export const BAR_EXACT_TOKENS: ReadonlySet<string> = new Set([
  // WordPress themes: tag lists and meta lines.
  'tags',
  'tag-list',
  'tagcloud',
  'meta',
  'entry-meta',
  'post-meta',
  'tag-links',
  'tags-links',
  'post-tags',
  'post-share',
  'post-navigation',
  'post-nav',
  // Ad slots: AdSense, Indonesian "iklan" slots.
  'ad',
  'ads',
  'iklan',
  'adsbygoogle',
  // Print-only blocks, WordPress.com ad wrappers ("wpcnt"), menus and pagers of any theme.
  'print',
  'noprint',
  'wpcnt',
  'nav',
  'menu',
  'pagination',
  'pager',
]);

export const BOX_EXACT_TOKENS: ReadonlySet<string> = new Set([
  // Bootstrap, WordPress core and screen-reader utility classes: hidden whatever they hold.
  'hidden',
  'hide',
  'sr-only',
  'screen-reader-text',
  'visually-hidden',
  'invisible',
  'd-none',
  // Bylines and author boxes, banners and promotions, sponsored blocks (news CMSs, WordPress themes).
  'byline',
  'author',
  'banner',
  'promo',
  'sponsor',
  'sponsored',
  // WordPress theme parts around the post.
  'post-author',
  'post-comments',
  'post-related',
  'post-footer',
]);

/**
 * Words that mark chrome when they stand as a part of a class or id, delimited by start, end,
 * space, "-" or "_" ("td-post-sharing-top", "jeg_share_button", "post-comments").
 */
export const BAR_PARTS: readonly string[] = [
  // Share bars: Jetpack (sharedaddy), AddToAny (a2a), Heateor, Easy Social Share (essb), JNews.
  'share',
  'shares',
  'sharing',
  'sharedaddy',
  'social',
  'socials',
  'sosmed',
  'addtoany',
  'a2a',
  'heateor',
  'essb',
  'jeg_share',
  'td-post-sharing',
  'post-share',
  'share-buttons',
  'social-share',
  // Ad slots: generic names, tagDiv's "td-a-rec", Ad Inserter's "code-block".
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'iklan',
  'adsense',
  'ad-slot',
  'adunit',
  'td-a-rec',
  'td-a-ad',
  'code-block',
  // Tag lists of WordPress themes (tagDiv, JNews, Twenty*).
  'tags-links',
  'tag-links',
  'post-tags',
  'td-tags',
  'jeg_post_tags',
  'entry-tags',
  'tagcloud',
  // Breadcrumbs and pagers.
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'navigation',
  'nav-links',
  'post-navigation',
  'post-nav',
  'prev-next',
];

export const BOX_PARTS: readonly string[] = [
  // Related-post plugins: Jetpack, Related Posts for WP (rp4wp), YARPP, Contextual Related Posts (crp).
  'related',
  'relatedposts',
  'jp-relatedposts',
  'rp4wp',
  'yarpp',
  'crp',
  'inline-related',
  // "Baca juga" / "read also" boxes of Indonesian and English themes.
  'baca-juga',
  'bacajuga',
  'also-read',
  'read-also',
  'readmore',
  'more-news',
  'berita-terkait',
  'jnews_inline_related_post',
  'jeg_postblock',
  'td-related',
  // Newsletter and sign-up boxes (MailPoet, Mailchimp embeds).
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'optin',
  // Sponsored and partner content boxes.
  'sponsor',
  'sponsored',
  // Author boxes of WordPress themes (tagDiv "td-author-by", Simple Author Box).
  'author-box',
  'authorbox',
  'about-author',
  'author-bio',
  'author-info',
  'td-author-by',
  // Sidebars, widgets, overlays, consent banners.
  'widget',
  'sidebar',
  'popup',
  'modal',
  'cookie',
  'cookies',
  'gdpr',
  'consent',
  // Infinite-scroll themes: the next article's teaser.
  'next-post',
  'next-article',
  'berita-selanjutnya',
];

/**
 * Comment sections (WordPress core "#respond", ".comment-reply", Disqus): boxes too, but a long
 * discussion under a short post can hold most of the page's prose.
 */
export const DISCUSSION_PARTS: readonly string[] = [
  'comment',
  'comments',
  'respond',
  'disqus',
  'reply',
  'replies',
  // The same word in the languages of the pages kliping reads (Indonesian, German, Spanish,
  // Portuguese, French, Italian, Polish themes name their comment boxes so).
  'komentar',
  'kommentar',
  'kommentare',
  'comentario',
  'comentarios',
  'commentaires',
  'commenti',
  'komentarze',
];

/**
 * Class tokens that look like chrome words but describe the post or the layout, each kind with
 * where it is seen.
 */
export const LAYOUT_TOKENS: readonly RegExp[] = [
  // WordPress post classes name the post's own tags, category, format ("tag-iklan", "category-sosial", "post-123").
  /^(?:tag|category|format|status|type)-[\w-]+$/,
  /^post-\d+$/,
  // A negating or qualifying prefix makes a state, not a box: "no-share" (JNews), "has-sidebar",
  // "without-ads", "hide-comments", "with-related" (many WordPress and Bootstrap themes).
  /^(?:no|not|non|has|with|without|disable|disabled|enable|enabled|hide|show|allow)[-_][\w-]+$/,
  // Layout states: "sidebar-right", "page-with-sidebar", "modal-open".
  /^(?:left|right|both|one|two|full)[-_]sidebar[\w-]*$/,
  /^[\w-]+[-_](?:with|without|no|and)[-_]sidebar$/,
  /^[\w-]+[-_](?:left|right|no|full|both|with|without|has)[-_]sidebar[\w-]*$/,
  /^modal-open$/,
  // Page builders call every content block a widget (Elementor: "elementor-widget-text-editor").
  /^elementor-widget[\w-]*$/,
];
