/**
 * Boilerplate knowledge as data: which elements and which lines are page chrome,
 * not article text. Indonesian first, English too.
 */

/** Lines that are chrome wherever they stand in the body (whole-line match, case-insensitive). */
export const CHROME_LINES: readonly RegExp[] = [
  /^tinggalkan (balasan|komentar)\b/i,
  /^alamat email anda tidak akan dipublikasikan/i,
  /^ruas yang wajib ditandai/i,
  /^(bagikan|share)( ke| this| artikel( ini)?| berita( ini)?)?\s*[:：]?\s*(facebook|twitter|whatsapp|x|telegram|line|copy link|\s)*$/i,
  /^(like|suka) (this|ini)\s*:?$/i,
  /^(advertisement|advert|advertising|iklan|sponsored( content)?|promoted|anzeige|publicidade|publicidad|publicité|pubblicità|scroll to continue( with content)?|scroll untuk melanjutkan.*)$/i,
  /^(this|the) (slideshow|video|content|gallery|player|embed) requires javascript\.?$/i,
  /^(please )?(enable|turn on) javascript\b.{0,80}$/i,
  /^(dapatkan|simak|ikuti|pantau) (update|berita|informasi|kabar).{0,100}?(google news|whatsapp|telegram|channel|saluran)/i,
  /^ikuti (kami|kanal|channel|saluran)[^.]{0,60}(google news|whatsapp|telegram|instagram|facebook)/i,
  /^(copyright|hak cipta)\b.{0,120}$/i,
  /^©.{0,120}$/,
  /^all rights reserved\.?$/i,
  /^(related|terkait|berita terkait|artikel terkait|baca (juga|lainnya)|lihat juga)\s*:?$/i,
  /^(tags?|label|labels|topik|kategori|category|categories|rubrik)\s*[:：]/i,
  /^(tags?|labels?|topik|topik terkait|kategori|categories|rubrik)$/i,
  /^(editor|penulis|reporter|pewarta|penyunting|redaktur|wartawan)\s*[:：].{0,80}$/i,
  /^(sumber foto|foto)\s*[:：]?\s*$/i,
  // "Oleh Muhammad Ridwan" (a byline), not "Oleh karena itu, …" (a sentence).
  /^(?:[Oo]leh|OLEH|[Bb]y|BY|[Pp]osted by|[Dd]itulis oleh|[Dd]iposting oleh)\s*[:：]?\s*\p{Lu}[^.!?]{0,60}$/u,
  /^(dibaca|dilihat|views?)\s*[:：]?\s*[\d.,]+\s*(kali|x|times)?$/i,
  /^(versi cetak|cetak|print|kirim ke teman|email)(\s*[|•·]\s*(versi cetak|cetak|print|kirim ke teman|email))*$/i,
  // Indonesian portals' standing lines: syndication notes, app/channel plugs, video teasers, pagers.
  /^artikel ini (telah|sudah) (tayang|terbit|dimuat|dipublikasikan) di\b.{0,300}$/i,
  /^(simak|dapatkan|baca) (breaking news|berita pilihan|update berita|berita terbaru|artikel menarik lainnya)\b.{0,200}$/i,
  /^(follow|ikuti) (berita|akun|instagram|twitter|tiktok|youtube)\b.{0,80}(google news|instagram|twitter|tiktok|youtube|whatsapp)\b.{0,80}$/i,
  /^(gabung|bergabung)( dan| ke)? .{0,60}(whatsapp|telegram|channel|saluran|grup).{0,100}$/i,
  /^(tonton|saksikan|simak) (juga )?(video|live streaming)\b.{0,120}$/i,
  /^\[gambas:[^\]]*\]$/i,
  /^(halaman|page)\s*(:?\s*\d+)?(\s+\d+)+(\s+(selanjutnya|berikutnya|next|lanjut|»|›))?$/i,
  /^(halaman|page) (selanjutnya|berikutnya|sebelumnya|next|previous)\s*[»›>]*$/i,
  /^(selanjutnya|berikutnya|lanjut baca|lanjutkan membaca|baca selengkapnya)\s*[»›>:]*$/i,
  /^(download|unduh) (aplikasi|apps?)\b.{0,150}$/i,
  /^scroll (to|untuk) (resume|continue|lanjut)\b.{0,40}$/i,
];

/** Related-link lead-ins: a line starting with one of these and mostly link text is chrome. */
export const RELATED_LEAD_INS: readonly RegExp[] = [
  /^(baca( juga| pula| lainnya)?|simak( juga)?|lihat( juga)?|cek( juga)?|klik|berita terkait|artikel terkait|read (more|also)|also read|see also)\s*[:：\-–—»>]/i,
  /^(baca juga|simak juga|lihat juga|berita terkait|read more|also read)\b/i,
];

/** Section titles after which nothing is the article: the comment section. */
export const END_OF_ARTICLE = new RegExp(
  '^(?:' +
    [
      'tinggalkan (?:balasan|komentar)', 'komentar(?: anda)?', '\\d+\\s+komentar', 'tulis komentar',
      'comments?', '\\d+\\s+comments?', 'leave a (?:reply|comment)', 'join the (?:conversation|discussion)',
      'deixe (?:um|seu) comentário', 'comentários', 'deja (?:un|tu) comentario', 'comentarios', 'laisser un commentaire',
      'commentaires', 'kommentare', 'lascia un commento', 'commenti',
      // "You may also like" boxes hold other articles' teasers, never more of this one.
      'you (?:may|might) (?:also )?like', 'recommended for you', 'você pode gostar(?: também)?',
      'también te puede interesar', 'te puede interesar', 'potrebbe interessarti', 'anda mungkin (?:juga )?suka',
    ].join('|') +
    ')\\s*[:.…]*$',
  'i',
);

/**
 * Titles of related/popular boxes. Mid-body they only head a link box; the rest of the body is
 * dropped after one only when what follows reads like link lists, not paragraphs.
 */
export const RELATED_SECTION = new RegExp(
  '^(?:' +
    [
      'berita terkait', 'artikel terkait', 'berita lainnya', 'baca (?:juga|berita) lainnya', 'terpopuler', 'berita terkini',
      'berita populer', 'rekomendasi', 'pilihan editor', 'lihat semua', 'baca selengkapnya', 'baca juga',
      'related(?: (?:posts|articles|news|stories|content|coverage))?',
      'more (?:stories|from|on this)(?: .{1,40})?', 'recommended', 'read (?:more|next|also)', 'trending(?: now)?',
      'most (?:popular|read)', 'what to read next', 'popular (?:posts|stories)', 'see also', 'also read',
      'leia (?:também|mais)', 'veja também', 'notícias relacionadas', 'artigos relacionados',
      'noticias relacionadas', 'artículos relacionados', 'lee también',
      'lire aussi', 'à lire aussi', 'articles similaires', 'sur le même sujet', 'ähnliche artikel', 'mehr zum thema',
      'leggi anche', 'articoli correlati',
    ].join('|') +
    ')\\s*[:.…]*$',
  'i',
);
