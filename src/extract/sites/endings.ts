/**
 * Section titles that end the article or head a box of other articles, as data, by kind and
 * language. Each is matched against a whole short line (case-insensitive, an optional trailing
 * ":" "." "…" or "?"), never inside a sentence.
 */

type Phrases = Readonly<Record<string, readonly string[]>>;

/**
 * The comment section: nothing after its title is the article. Seen under WordPress, Blogger,
 * Disqus and news-CMS articles in every language of the corpora.
 */
const COMMENT_SECTIONS: Phrases = {
  id: ['tinggalkan (?:balasan|komentar)', 'komentar(?: anda)?', '\\d+\\s+komentar', 'tulis komentar', 'komentar pembaca'],
  en: ['comments?', '\\d+\\s+comments?', 'leave a (?:reply|comment)', 'join the (?:conversation|discussion)', 'add (?:a|your) comment', 'comments are closed'],
  de: [
    'kommentare?',
    '\\d+\\s+kommentare?',
    'schreibe(?:n sie)? einen kommentar',
    'kommentar (?:schreiben|verfassen|hinterlassen)',
    'kommentare (?:sind )?geschlossen',
    'keine kommentare',
  ],
  es: ['deja (?:un|tu) comentario', 'comentarios', '\\d+\\s+comentarios', 'escribe un comentario'],
  fr: ['laisser un commentaire', 'commentaires', '\\d+\\s+commentaires', 'réagissez', 'ajouter un commentaire'],
  it: ['lascia un commento', 'commenti', '\\d+\\s+commenti'],
  pl: ['komentarze', 'dodaj komentarz', '\\d+\\s+komentarz(?:e|y)?', 'skomentuj'],
  pt: ['deixe (?:um|seu) comentário', 'comentários', '\\d+\\s+comentários'],
  nl: ['reacties', 'laat een reactie achter', 'plaats een reactie', '\\d+\\s+reacties?'],
};

/**
 * "You may also like" boxes: other articles' teasers, never more of this one, even when the
 * teasers are whole paragraphs (recommendation widgets of news sites and WordPress themes).
 */
const RECOMMENDATION_SECTIONS: Phrases = {
  id: ['anda mungkin (?:juga )?suka', 'mungkin anda (?:juga )?suka', 'rekomendasi untuk anda'],
  en: ['you (?:may|might) (?:also )?(?:like|enjoy)', 'recommended for you', 'more for you', 'you might be interested in'],
  de: ['das könnte (?:sie|dich) (?:auch )?interessieren', 'das (?:könnte|dürfte) (?:sie|dich) auch gefallen', 'empfehlungen (?:für sie|der redaktion)'],
  es: ['(?:también )?te puede interesar', 'te (?:puede|podría) gustar', 'quizás te interese', 'te recomendamos'],
  fr: ['vous (?:aimerez|aimeriez|pourriez aimer) aussi', 'nous vous recommandons'],
  it: ['potrebbe interessarti', 'ti potrebbe interessare', 'potrebbe piacerti anche'],
  pl: ['może cię zainteresować', 'mogą cię zainteresować'],
  pt: ['você (?:também )?pode gostar(?: também)?', 'recomendados para você', 'você também pode se interessar'],
  nl: ['dit vind je misschien ook leuk', 'misschien ook interessant', 'aanbevolen voor jou'],
};

/**
 * Titles of related, popular and further-reading boxes. Mid-body they head a box of links;
 * the rest of the body is dropped after one only when what follows reads like links and
 * teasers, not paragraphs.
 */
const RELATED_SECTIONS: Phrases = {
  id: [
    'berita terkait',
    'artikel terkait',
    'berita lainnya',
    'baca (?:juga|berita) lainnya',
    'terpopuler',
    'berita terkini',
    'berita populer',
    'rekomendasi',
    'pilihan editor',
    'lihat semua',
    'baca selengkapnya',
    'baca juga',
  ],
  en: [
    'related(?: (?:posts|articles|news|stories|content|coverage|reading|links))?',
    'more (?:stories|from|on this|on|about)(?: .{1,40})?',
    'recommended(?: (?:reading|articles|stories))?',
    'read (?:more|next|also)',
    'trending(?: now)?',
    'most (?:popular|read|viewed)(?: (?:in|on) .{1,40})?',
    'what to read next',
    'popular (?:posts|stories|articles)',
    'see also',
    'also read',
    'further reading',
    'latest (?:news|stories|posts)',
    'recent posts',
    'top stories',
    "editor's picks",
  ],
  de: [
    'ähnliche (?:artikel|beiträge|themen)',
    'mehr zum thema(?: .{1,40})?',
    'mehr (?:aus|zu|zum|von) .{1,40}',
    'weitere (?:artikel|beiträge|nachrichten|meldungen|themen)(?: .{1,40})?',
    'weiterführende (?:links?|artikel|informationen)',
    'weiterlesen',
    'lesen sie (?:auch|mehr|weiter)',
    'auch lesenswert',
    'schon gelesen',
    'empfohlene (?:artikel|beiträge)',
    'meistgelesen(?:e (?:artikel|beiträge))?',
    'beliebte (?:artikel|beiträge)',
    'neueste (?:artikel|beiträge)',
    'verwandte (?:artikel|themen|beiträge)',
    'vorschau auf den nächsten artikel',
    'zum weiterlesen',
    'auch interessant',
  ],
  es: [
    'noticias relacionadas',
    'artículos relacionados',
    'lee (?:también|más)',
    'leer (?:también|más)',
    'más (?:noticias|leídas|leído|vistas)',
    'te recomendamos leer',
    'relacionad[ao]s',
  ],
  fr: [
    'lire aussi',
    'à lire (?:aussi|également)',
    'à découvrir(?: aussi| également)?',
    'articles similaires',
    'sur le même sujet',
    'articles les plus lus',
    'les plus lus',
    'dans la même rubrique',
    'voir aussi',
    "plus d'articles",
  ],
  it: ['leggi anche', 'articoli correlati', 'potrebbe interessarti anche', 'più letti', 'notizie correlate'],
  pl: [
    'zobacz (?:także|też|również)',
    'czytaj (?:także|też|również|więcej)',
    'polecamy(?: również| także)?',
    'najczęściej czytane',
    'powiązane artykuły',
    'podobne artykuły',
    'więcej na ten temat',
  ],
  pt: ['leia (?:também|mais)', 'veja também', 'notícias relacionadas', 'artigos relacionados', 'mais lidas'],
  nl: ['lees ook', 'lees meer', 'gerelateerde artikelen', 'meer over(?: .{1,40})?', 'meest gelezen', 'bekijk ook'],
};

/**
 * Titles of what closes an article on blogs and institutional sites: sources and footnote
 * lists, and tables of contents (Easy Table of Contents and Table of Contents Plus titles).
 * Dropped as lines; a source list at the very end ends the article when links follow.
 */
const APPARATUS_TITLES: Phrases = {
  id: ['daftar isi', 'sumber(?: rujukan)?', 'referensi'],
  en: ['table of contents', 'contents', 'sources', 'references'],
  de: ['inhaltsverzeichnis', 'inhalt', 'quellen(?:angaben)?', 'literatur(?:verzeichnis)?', 'einzelnachweise'],
  es: ['índice(?: de contenidos)?', 'contenidos', 'fuentes', 'referencias'],
  fr: ['sommaire', 'table des matières', 'sources', 'références'],
  it: ['indice', 'sommario', 'fonti'],
  pl: ['spis treści', 'źródła', 'bibliografia'],
  pt: ['índice', 'conteúdo', 'fontes', 'referências'],
  nl: ['inhoud(?:sopgave)?', 'bronnen'],
};

const phraseRe = (...sets: Phrases[]) => new RegExp(`^(?:${sets.flatMap((s) => Object.values(s).flat()).join('|')})\\s*[:.…?!]*$`, 'i');

/** Section titles after which nothing is the article: comments, "you may also like". */
export const END_OF_ARTICLE = phraseRe(COMMENT_SECTIONS, RECOMMENDATION_SECTIONS);

/** Titles of related/popular boxes: a link box mid-body, the end when only links follow. */
export const RELATED_SECTION = phraseRe(RELATED_SECTIONS, APPARATUS_TITLES);
