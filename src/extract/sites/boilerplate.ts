/**
 * Boilerplate knowledge as data: which lines are page chrome, not article text — Indonesian
 * first, and the other languages of the pages kliping reads (English, German, Spanish, French,
 * Italian, Polish, Portuguese, Dutch). Which elements are chrome: chrome-classes.ts; which
 * section titles end the article: endings.ts.
 */

/**
 * Lines that are chrome wherever they stand in the body (whole-line match, case-insensitive),
 * by kind; each group says where that kind of line is seen.
 */
export const CHROME_LINES: readonly RegExp[] = [
  // WordPress comment forms (Indonesian locale).
  /^tinggalkan (balasan|komentar)\b/i,
  /^alamat email anda tidak akan dipublikasikan/i,
  /^ruas yang wajib ditandai/i,
  // Share bars and "like this" widgets (Jetpack, theme share bars).
  /^(bagikan|share)( ke| this| artikel( ini)?| berita( ini)?)?\s*[:：]?\s*(facebook|twitter|whatsapp|x|telegram|line|copy link|\s)*$/i,
  /^(teilen|compartir|partager|condividi|udostępnij|delen)( (auf|en|sur|su|na|op))?\s*[:：]?\s*(facebook|twitter|whatsapp|x|telegram|linkedin|pinterest|e-?mail|\s)*$/i,
  /^(like|suka) (this|ini)\s*:?$/i,
  // Ad labels in the languages of the corpora.
  /^(advertisement|advert|advertising|iklan|sponsored( content)?|promoted|anzeige|werbung|publicidade|publicidad|publicité|pubblicità|reklama|advertentie|scroll to continue( with content)?|scroll untuk melanjutkan.*)$/i,
  /^(this|the) (slideshow|video|content|gallery|player|embed) requires javascript\.?$/i,
  /^(please )?(enable|turn on) javascript\b.{0,80}$/i,
  // "Follow us" lines: Indonesian portals' Google News and channel plugs, and their kin on
  // English, German, Spanish, French, Italian, Polish, Portuguese and Dutch news sites.
  /^(dapatkan|simak|ikuti|pantau) (update|berita|informasi|kabar).{0,100}?(google news|whatsapp|telegram|channel|saluran)/i,
  /^ikuti (kami|kanal|channel|saluran)[^.]{0,60}(google news|whatsapp|telegram|instagram|facebook)/i,
  /^(follow|like) (us|[\w .'&@-]{1,40}) on (twitter|facebook|instagram|linkedin|youtube|tiktok|threads|google news)\b.{0,300}$/i,
  /^(folgen sie|folge|folgt) (uns|[\w .'&@-]{1,40}) (auf|bei|in) .{0,60}(twitter|facebook|instagram|linkedin|youtube|tiktok|whatsapp|telegram|google news)\b.{0,100}$/i,
  /^(síguenos|siga-nos|segue-nos|suivez-nous|seguici|obserwuj nas|volg ons)\b.{0,120}$/i,
  /^.{0,60}\b(nuestro|nuestra|unseren?|unserem|our|notre|nostro|nasz(ego|ym)?|ons|nosso) (canal|kanal|channel|chaîne|canale)( de| auf| on| sur| su| na| op)? (telegram|whatsapp|youtube)\b.{0,120}$/i,
  // Newsletter, app and subscription plugs; paywall notices; donation appeals (news sites and
  // blogs in every language of the corpora; Indonesian portals' "Download aplikasi").
  /^(zum|für den|unseren?) newsletter (an)?melden\b.{0,80}$/i,
  /^(berlangganan|daftar|langganan) (newsletter|buletin|berita)\b.{0,120}$/i,
  /^(dukung|bantu) (kami|jurnalisme|redaksi|media ini)\b.{0,160}$/i,
  /^(jetzt |hier )?(den |unseren? )?newsletter (abonnieren|bestellen)\b.{0,100}$/i,
  /^(sign up|subscribe|register) (for|to) (our|the) .{0,40}newsletters?\b.{0,120}$/i,
  /^never miss .{0,60}(sign(ing)? up|subscribe|newsletter)\b.{0,120}$/i,
  /^([^.!?]{0,60}[.!?]\s+)?sign up (for|to) .{0,80}\bnewsletter\b.{0,120}$/i,
  /^(get|have) .{0,60} delivered (to|through) your (door|letterbox|inbox|mailbox)\b.{0,160}$/i,
  /^tell us what (you|YOU) think\b.{0,20}$/i,
  /^(suscríbete|suscribite|abonnez-vous|iscriviti|zapisz się|schrijf je in|assine|berlangganan)\b.{0,40}(newsletter|boletín|lettre|nieuwsbrief|gratis|gratuit)\b.{0,100}$/i,
  /^(subscribe|sign up) (now )?(to|for) .{0,80}(full story|full article|to continue|to read)\b.{0,60}$/i,
  /^to (view|read|continue reading|access) (the|this) (full )?(story|article)\b.{0,100}(subscribe|subscriber|log ?in|sign ?in)\b.{0,200}$/i,
  /^if you('|’)re (seeing this message|already a subscriber)\b.{0,200}$/i,
  /^already a (subscriber|member)\?.{0,100}$/i,
  /^first-time subscribers\b.{0,160}$/i,
  /^(dieser artikel|der vollständige artikel|weiterlesen) (ist )?(nur )?(für|mit) (abonnenten|abonnentinnen|\w+\+|plus|abo)\b.{0,100}$/i,
  /^(este artículo|este contenido) es (exclusivo )?para (suscriptores|socios)\b.{0,100}$/i,
  /^(cet article est )?réservé aux abonnés\b.{0,100}$/i,
  /^if you (enjoyed|liked|found value in) (reading )?this (post|article|story)\b.{0,200}$/i,
  /^(please )?(consider )?(support|supporting) (our|independent|quality) (journalism|work|reporting)\b.{0,160}$/i,
  /^(unterstützen sie|unterstütze) (uns|unsere arbeit|unabhängigen journalismus)\b.{0,160}$/i,
  /^(for the latest|get the latest) .{0,100}(download|get) (the|our) .{0,60}apps?\b.{0,60}$/i,
  /^(download|get|laden sie sich|descarga|téléchargez) (die |unsere |our |the |nuestra |la |notre |l')?.{0,40}\bapps?\b.{0,100}$/i,
  // Disclosures and legal notes: affiliate and advertising disclosures (German and English blogs,
  // product reviews), opinion and liability disclaimers, content licences (Creative Commons
  // notes of blogs and NGOs), press-release contact blocks.
  /^(anzeige|werbung|advertorial)\s*[,|:]?\s*(enthält|mit|inkl\.?) (affiliate|werbe)[- ]?links?\b.{0,100}$/i,
  /^(bei den|die) (mit .{1,10} (markierten|gekennzeichneten) )?(verlinkungen|links) (handelt es sich um|sind) (affiliate|provisions|werbe).{0,160}$/i,
  /^.{0,40}\b(erhalten wir|bekommen wir) (eine|ggf\.? eine|gegebenenfalls eine) (kleine )?provision\b.{0,200}$/i,
  /^(advertising|affiliate|editorial) disclos(ure|ures)\s*[:：].{0,300}$/i,
  /^(the )?advertising disclaimer\b.{0,200}$/i,
  /^we (may )?(earn|receive|get) (a )?(small )?(commission|compensation)\b.{0,200}$/i,
  /^we recommend the best products\b.{0,300}$/i,
  /^.{1,60} is not responsible for the (opinions|content|views|statements)\b.{0,300}$/i,
  /^the (views|opinions) expressed (in this|here|by)\b.{0,300}$/i,
  /^(dieser )?beitrag (gibt|spiegelt) (die|ausschließlich die) meinung (des|der) (autors|autorin|verfasser)\b.{0,200}$/i,
  /^\(?(alle|sämtliche) angaben ohne gewähr\b.{0,60}$/i,
  // Indonesian opinion columns and citizen-journalism posts.
  /^[*)\s]*(isi )?(tulisan|artikel|opini) (ini )?(sepenuhnya |menjadi )*tanggung ?jawab (penulis|pengirim)\b.{0,120}$/i,
  /^(disclaimer|penafian)\s*[:：].{0,300}$/i,
  /^sofern nicht anders (ausgewiesen|angegeben|vermerkt)\b.{0,300}$/i,
  /^(dieser|der) (text|beitrag|inhalt) (wurde|ist|steht) .{0,60}(lizenz|licence|license|creative commons)\b.{0,200}$/i,
  /^(this|the) (work|content|text|article) is licensed under\b.{0,200}$/i,
  /^(tel(efon)?|telephone|phone|fax|e-?mail|pressekontakt|press contact|media contact|kontakt|contact)\s*[:：].{0,100}$/i,
  // Source, photo-credit and update lines closing articles (German, French, English, Spanish,
  // Polish, Dutch, Portuguese news sites and blogs).
  /^(quelle|quellen|source|sources|fuente|fuentes|źródło|bron|fonte)\s*[:：].{0,100}$/i,
  /^(photograph|photo|photos|image|bild|foto|fotos)( by| von| de| par)\s*[:：]?\s*.{0,80}$/i,
  /^(crédits? photos?|bildquelle|bildnachweis|titelbild|beitragsbild|fotocredit|image credit)\s*[:：]?.{0,100}$/i,
  /^(last (modified|updated)|zuletzt (aktualisiert|geändert|bearbeitet)|aktualisiert am|video verfügbar bis)\b.{0,60}$/i,
  /^(updated|last updated|published|posted) (at|on) [\d:.apm ]{3,12}\.?$/i,
  // The Amazon-affiliate plugins' (AAWP) closing line of German product blogs.
  /^letzte aktualisierung am \S+.{0,250}$/i,
  // WordPress shortcodes a theme printed raw: "[button link=… ]Send us your review[/button]".
  /^\[(?<shortcode>[a-z_-]+)\b[^\]]*\].{0,200}\[\/\k<shortcode>\]$/i,
  /^(hier können sie )?(den |diesen )?artikel bewerten\b.{0,40}$/i,
  /^(rate this (article|post)|valora esta noticia|notez cet article)\b.{0,40}$/i,
  /^(bild|foto|image) (anzeigen|vergrößern|öffnen|enlarge)$/i,
  // Copyright lines (every site footer).
  /^(copyright|hak cipta)\b.{0,120}$/i,
  /^©.{0,120}$/,
  /^(the )?contents of this site are ©.{0,200}$/i,
  /^all rights reserved\.?$/i,
  // Box titles standing alone (Indonesian and English themes).
  /^(related|terkait|berita terkait|artikel terkait|baca (juga|lainnya)|lihat juga)\s*:?$/i,
  // Tag and category lines (WordPress themes, news CMSs) in the languages of the corpora.
  /^((news )?(date|datum|fecha|tanggal)\s*[:：]\s*\S+\s+)?(tags?|label|labels|topik|kategori|category|categories|rubrik|schlagw(orte|örter)|stichw(orte|örter)|themen|kategorien?|etiquetas|temas|categoría|categorías|catégories?|mots[- ]clés|thèmes|categori[ae]|argomenti|tagi|kategorie|tematy|trefwoorden|onderwerpen|categorieën)\s*[:：]/i,
  /^(tags?|labels?|topik|topik terkait|kategori|categories|rubrik|schlagworte|schlagwörter|stichworte|etiquetas|mots-clés|tagi|trefwoorden)$/i,
  // Bylines and credits of Indonesian newsrooms.
  /^(editor|penulis|reporter|pewarta|penyunting|redaktur|wartawan)\s*[:：].{0,80}$/i,
  /^(sumber foto|foto)\s*[:：]?\s*$/i,
  // "Oleh Muhammad Ridwan" (a byline), not "Oleh karena itu, …" (a sentence).
  /^(?:[Oo]leh|OLEH|[Bb]y|BY|[Pp]osted by|[Dd]itulis oleh|[Dd]iposting oleh)\s*[:：]?\s*\p{Lu}[^.!?]{0,60}$/u,
  /^(dibaca|dilihat|views?)\s*[:：]?\s*[\d.,]+\s*(kali|x|times)?$/i,
  // Rows of post links and buttons: "Kommentarfeed | Kommentare geschlossen | Trackback-URL"
  // (WordPress blog themes), "Drucken | E-Mail | Teilen".
  /^(?=(?:[^|•·]{1,40}[|•·]\s*){1,6}[^|•·]{1,40}$).*?\b(kommentar\w*|comments?|trackback(-url)?|rss|feed|permalink|drucken|print|teilen|share|e-?mail)\b.*$/i,
  // Letters-to-the-editor and feedback prompts closing opinion pieces (US and UK papers).
  /^submit (your|a) letter\b.{0,160}$/i,
  /^we('d| would)? (want|like|love) to hear (what you think|from you)\b.{0,200}$/i,
  // "… weiter zu »Die Wortwahl«", "Continue to page 2": links to an article's next part (Joomla, blog series).
  /^(\.{3}|…)?\s*(weiter zu|weiter mit|continue to|continue reading|lire la suite|seguir leyendo|czytaj dalej|lees verder)\b.{0,80}$/i,
  // Print and send-to-a-friend buttons.
  /^(versi cetak|cetak|print|kirim ke teman|email|drucken|drukuj|imprimir|imprimer|stampa|afdrukken)(\s*[|•·]\s*(versi cetak|cetak|print|kirim ke teman|email|drucken|drukuj|imprimir|imprimer|stampa|afdrukken))*$/i,
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

/**
 * Related-link lead-ins: a line starting with one of these and mostly link text is chrome
 * ("Baca juga: <link>" on Indonesian portals; "Lesen Sie auch:", "Lire aussi :", "Lee también:",
 * "Leia também:", "Leggi anche:", "Czytaj też:", "Lees ook:" on European news sites).
 */
export const RELATED_LEAD_INS: readonly RegExp[] = [
  /^(baca( juga| pula| lainnya)?|simak( juga)?|lihat( juga)?|cek( juga)?|klik|berita terkait|artikel terkait|read (more|also)|also read|see also)\s*[:：\-–—»>]/i,
  /^(baca juga|simak juga|lihat juga|berita terkait|read more|also read)\b/i,
  /^(lesen sie (auch|mehr|hier)|weiterlesen|mehr (dazu|zum thema)|auch interessant|lire (aussi|également)|à lire (aussi|également)|lee (también|más)|leer más|leia (também|mais)|veja também|leggi anche|czytaj (też|także|również|więcej)|zobacz (też|także|również)|lees (ook|meer))\s*[:：\-–—»>]/i,
];

export { END_OF_ARTICLE, RELATED_SECTION } from './endings.js';
