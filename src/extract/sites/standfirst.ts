/**
 * How pages mark the lead (standfirst, teaser, chapo, deck) printed between the headline and
 * the body, as data. A class or id token holding one of these words, delimited by start, end,
 * "-", "_" or a space, marks a lead when it stands between the headline and the body.
 */
export const STANDFIRST_PARTS: readonly string[] = [
  // English-language news CMSs (Guardian "standfirst", Condé Nast "dek"/"deck", Arc "subheadline").
  'lead',
  'leader',
  'standfirst',
  'strapline',
  'intro',
  'deck',
  'dek',
  'subheadline',
  'sub-headline',
  'subtitle',
  // tagDiv Newspaper (WordPress, many Indonesian regional sites): "td-post-sub-title".
  'sub-title',
  'summary',
  'abstract',
  'excerpt',
  'description',
  // German CMSs: TYPO3's news extension ("teaser-text"), Drupal fields ("field--summary", "field-intro-text").
  'teaser',
  'teaser-text',
  'intro-text',
  'introtext',
  'vorspann',
  // French "chapô", Spanish "bajada"/"entradilla"/"copete"/"epígrafe", Portuguese "linha fina"/"olho",
  // Italian "sommario", Polish "zajawka", Dutch "inleiding", Indonesian "ringkasan".
  'chapo',
  'chapeau',
  'bajada',
  'entradilla',
  'copete',
  'epigraph',
  'epigrafe',
  'linha-fina',
  'linhafina',
  'olho',
  'sommario',
  'zajawka',
  'inleiding',
  'ringkasan',
];

/**
 * Parts of a token that make it name something else: the lead photo or video, the author's
 * intro, a teaser's date, a list of teasers ("lead-image", "intro-video", "teaser-date",
 * "teaser-list").
 */
export const NOT_STANDFIRST_PARTS: readonly string[] = [
  'image',
  'img',
  'photo',
  'foto',
  'media',
  'picture',
  'video',
  'figure',
  'gallery',
  'thumb',
  'thumbnail',
  'author',
  'date',
  'time',
  'meta',
  'label',
  'link',
  'links',
  'button',
  'list',
  'box',
  'slider',
  'more',
];
