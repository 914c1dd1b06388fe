/**
 * Chrome lines and the titles that end an article, in the languages of the pages kliping reads:
 * each kind in each language, and the sentences that start alike but are article text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isChromeLine } from '../src/extract/chrome.js';
import { END_OF_ARTICLE, RELATED_SECTION } from '../src/extract/sites/endings.js';
import { extract } from '../src/index.js';

describe('chrome lines', () => {
  it.each([
    // follow us
    ['en', 'Follow The Gleaner on Twitter and Instagram @JamaicaGleaner'],
    ['de', 'Folgen Sie uns auf Facebook und Instagram, um keinen Beitrag zu verpassen.'],
    ['es', 'Síguenos en Twitter y Facebook'],
    ['fr', 'Suivez-nous sur Facebook'],
    ['it', 'Seguici su Instagram'],
    ['pl', 'Obserwuj nas na Twitterze'],
    ['pt', 'Siga-nos no Instagram'],
    ['nl', 'Volg ons op Facebook'],
    ['id', 'Ikuti kami di Google News untuk mendapatkan kabar terbaru.'],
    ['es', '¡Mira lo que tiene nuestro canal de YouTube!'],
    // tags and categories
    ['en', 'Category : Press Releases'],
    ['de', 'Kategorie: News, Politik'],
    ['de', 'Schlagworte'],
    ['es', 'Etiquetas: Congreso, Constitución'],
    ['fr', 'Mots-clés : Lorient, Ligue 1'],
    ['pl', 'Tagi: gaz, energetyka'],
    ['nl', 'Trefwoorden: klimaat'],
    // subscription, paywall, donation, apps
    ['en', 'To view the full story, please subscribe to The Times.'],
    ['en', 'Subscribe now to our eNATION edition for the full story.'],
    ['en', 'If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.'],
    ['en', 'If you enjoyed reading this post, please consider supporting us.'],
    ['de', 'Zum Newsletter anmelden'],
    ['de', 'Unterstützen Sie unabhängigen Journalismus mit einer Spende.'],
    ['en', 'For the latest stories and breaking news updates download the Daily apps for iOS and Android.'],
    ['id', 'Dukung jurnalisme lokal dengan berlangganan edisi digital.'],
    // disclosures, disclaimers, licences, contacts
    ['de', 'Anzeige, enthält Affiliate Links'],
    ['de', 'Bei den mit * markierten Links handelt es sich um Affiliate-Links.'],
    ['en', 'Advertising disclosure: We may receive compensation for some of the links in our stories.'],
    ['en', 'GIS NOW is not responsible for the opinions, statements or media content presented by contributors.'],
    ['de', 'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.'],
    ['de', 'Alle Angaben ohne Gewähr'],
    ['en', 'This work is licensed under a Creative Commons Attribution 4.0 License.'],
    ['de', 'Telefon: 030 1234567'],
    ['id', 'Isi tulisan sepenuhnya menjadi tanggung jawab penulis.'],
    // sources, credits, updates
    ['de', 'Quelle: Deutscher Jagdverband (DJV)'],
    ['fr', 'Crédits photos : Bestimage'],
    ['en', 'Photograph by Jane Doe'],
    ['en', 'Last Modified: 2021-03-04'],
    ['es', 'Valora esta noticia'],
    ['pl', 'drukuj'],
    ['en', "There's plenty more where that came from. Sign up for The Daily Brief today to get the free daily newsletter."],
    ['en', 'Get Motor Cycle Monthly delivered through your letterbox every month.'],
    ['en', 'Updated at 1:23 p.m.'],
    ['wp', '[button link="https://example.com/submit/" type="big"] Send us YOUR kit review[/button]'],
    ['en', 'News date : 04/21/2022 Category : Press Releases'],
    ['de', 'Kommentarfeed | Kommentare geschlossen | Trackback-URL'],
    ['de', '(Alle Angaben ohne Gewähr)'],
    ['de', 'Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API'],
    ['en', 'Submit your letter to the editor via this form. Read more Letters to the Editor.'],
    ['en', 'We want to hear what you think about this article. Submit a letter to the editor.'],
    ['de', '... weiter zu "Die Wortwahl"'],
    ['en', 'To view the full story, please subscribe to The Daily. You can choose a $60 annual subscription or a $5 weekly pass.'],
  ])('%s: %s', (_lang, line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    'Follow the money, the prosecutor said, and you will find the people behind the scheme.',
    'Die Quelle des Flusses liegt auf 1.200 Metern Höhe.',
    'Der Newsletter der Stadt erscheint künftig zweimal im Monat, teilte die Verwaltung mit.',
    'Dukungan warga terhadap program ini terus meningkat sejak tahun lalu.',
    'Kategorie-Sieger wurde das Team aus Leipzig, das im Finale überzeugte.',
    'Subscribers to the service pay $6 a month.',
    'Weiter zu den Ergebnissen der Studie, die im Herbst erscheinen soll, wollte sich das Ministerium nicht äußern, weil die Auswertung noch läuft.',
    'Harga beras | cabai | bawang naik menjelang Lebaran, kata pedagang.',
  ])('article text: %s', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe('titles that end the article or head a link box', () => {
  it.each([
    'Tinggalkan Balasan',
    'Leave a Reply',
    'Kommentare',
    'Kommentare geschlossen',
    'Keine Kommentare',
    'Deja un comentario',
    'Laisser un commentaire',
    'Lascia un commento',
    'Dodaj komentarz',
    'Deixe um comentário',
    'Laat een reactie achter',
    'You may also like',
    'Das könnte Sie auch interessieren',
    'Te puede interesar',
    'Vous aimerez aussi',
    'Potrebbe interessarti',
    'Może cię zainteresować',
    'Você pode gostar',
    'Dit vind je misschien ook leuk',
    'Anda mungkin suka',
  ])('end: %s', (title) => {
    expect(END_OF_ARTICLE.test(title)).toBe(true);
  });

  it.each([
    'Berita Terkait',
    'Related Posts',
    'Mehr zum Thema',
    'Schon gelesen?',
    'Weiterlesen:',
    'Noticias relacionadas',
    'À lire aussi',
    'Articles les plus lus',
    'Most read in world news',
    'Leggi anche',
    'Zobacz także',
    'Leia também',
    'Lees ook',
    'Inhaltsverzeichnis',
    'Quellenangaben:',
  ])('related box: %s', (title) => {
    expect(RELATED_SECTION.test(title)).toBe(true);
  });

  it('section headings of an article are neither', () => {
    for (const title of ['Peran kampung', 'Die Geschichte der Streuobstwiesen', 'What happens next', 'Comentarios del ministro sobre la ley']) {
      expect(END_OF_ARTICLE.test(title) || RELATED_SECTION.test(title)).toBe(false);
    }
  });
});

describe('a German blog post closing with sources, disclosures, tags and a recommendation box', () => {
  it('keeps the three paragraphs of the post and nothing after them', () => {
    const r = extract(readFileSync(new URL('../fixtures/patterns/de-blog-closing-lines.html', import.meta.url)), { lint: false });
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs[0]).toMatch(/^Auf den Streuobstwiesen/);
    expect(r.paragraphs[2]).toMatch(/zur Säge greift\.$/);
  });
});

describe('a run of links inside the body', () => {
  it('is no paragraph, however long', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/b${i}">Berita lain nomor ${i} tentang banjir dan jalan rusak</a>`).join(' | ');
    const prose = 'Warga Kelayan bergotong royong membersihkan sungai setiap bulan sejak banjir besar awal tahun ini, kata ketua RT.';
    const r = extract(
      `<html lang="id"><body><article><h1>Gotong Royong</h1><div class="entry-content"><p>${prose}</p><p>${links}</p><p>${prose}</p></div></article></body></html>`,
      { lint: false },
    );
    expect(r.paragraphs).toEqual([prose, prose]);
  });
});
