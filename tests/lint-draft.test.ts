/**
 * extractDraft: Markdown and plain-text drafts read into the same Extraction as pages, with
 * every text anchored to the draft's own lines and columns.
 */
import { describe, expect, it } from 'vitest';
import { extractDraft, looksLikeHtml } from '../src/extract/draft.js';
import { sourceOffsetAt } from '../src/parse/sourced-text.js';
import { lintArticle } from '../src/lint/runner.js';
import { schemaErrors } from './helpers/schema.js';

/** Where a substring of a field's text stands in the draft. */
function sourceOf(text: string, field: { text: string; anchors: number[] }, needle: string): string {
  const at = field.text.indexOf(needle);
  const src = sourceOffsetAt(field, at)!;
  return text.slice(src, src + needle.length);
}

const MARKDOWN = `---
title: "Judul dari front matter"
published: 2024-10-22T14:05:00+08:00
url: https://katajari.com/dkisp-banjar-anjangsana/
author: Rina Oktaviani
tags: [Banjar, Surakarta]
category: Banjar
---

# DKISP Kabupaten Banjar Anjangsana ke Surakarta

Oleh: Rina Oktaviani

**Katajari.com** Kepala DKISP Kabupaten Banjar HM Aidil Basith pimpin kunjungan kerja ke
Diskominfo SP Kota Surakarta, Selasa (22/10/2024) siang.

![Rombongan DKISP](foto/rombongan.jpg "Rombongan")
*Jajaran DKISP Kabupaten Banjar di depan Balaikota Surakarta, Selasa (22/10/2024) siang. (Foto: DKISP Kabupaten Banjar)*

Selain silaturahmi, kunjungan juga menggali [inovasi daerah](https://surakarta.go.id/) milik \`Pemkot\` Surakarta.

- Internet gratis di taman kota
- Aplikasi laporan masyarakat

FOTO: Kepala Diskominfo SP Surakarta memaparkan inovasi. (Foto: Humas Surakarta)

Kegiatan diakhiri dengan tukar cenderamata. (kjc)

Editor: Budi
`;

describe('extractDraft (Markdown)', () => {
  const x = extractDraft(MARKDOWN, { source: 'draft.md' });
  const r = x.record;

  it('reads the record from the draft', () => {
    expect(r.headline).toBe('DKISP Kabupaten Banjar Anjangsana ke Surakarta');
    expect(r.published).toBe('2024-10-22T14:05:00+08:00');
    expect(r.url).toBe('draft.md');
    expect(r.canonicalUrl).toBe('https://katajari.com/dkisp-banjar-anjangsana/');
    expect(r.byline).toEqual({ author: 'Rina Oktaviani', initials: 'kjc' });
    expect(r.tags).toEqual(['Banjar', 'Surakarta']);
    expect(r.category).toBe('Banjar');
    expect(r.language).toBe('id');
    expect(x.method).toBe('draft');
    expect(schemaErrors(r)).toEqual([]);
  });

  it('paragraphs: lines of a block joined, inline Markdown removed, list items apart, staff lines dropped', () => {
    expect(r.paragraphs).toEqual([
      'Katajari.com Kepala DKISP Kabupaten Banjar HM Aidil Basith pimpin kunjungan kerja ke Diskominfo SP Kota Surakarta, Selasa (22/10/2024) siang.',
      'Selain silaturahmi, kunjungan juga menggali inovasi daerah milik Pemkot Surakarta.',
      'Internet gratis di taman kota',
      'Aplikasi laporan masyarakat',
      'Kegiatan diakhiri dengan tukar cenderamata.',
    ]);
  });

  it('the dateline is read as for pages', () => {
    expect(r.dateline).toMatchObject({ source: 'Katajari.com', date: '2024-10-22', weekday: 'Selasa', time: 'siang' });
  });

  it('captions: the emphasised line under an image, and a FOTO: line', () => {
    expect(r.captions).toEqual([
      {
        text: 'Jajaran DKISP Kabupaten Banjar di depan Balaikota Surakarta, Selasa (22/10/2024) siang. (Foto: DKISP Kabupaten Banjar)',
        credit: 'DKISP Kabupaten Banjar',
        date: '2024-10-22',
        image: 'https://katajari.com/dkisp-banjar-anjangsana/foto/rombongan.jpg',
        alt: 'Rombongan DKISP',
        paragraphIndex: 1,
      },
      {
        text: 'Kepala Diskominfo SP Surakarta memaparkan inovasi. (Foto: Humas Surakarta)',
        credit: 'Humas Surakarta',
        date: null,
        image: null,
        alt: null,
        paragraphIndex: 4,
      },
    ]);
  });

  it('every character keeps its offset in the draft, across joined lines and removed markup', () => {
    const p0 = x.fields.get('paragraphs[0]')!;
    expect(sourceOf(MARKDOWN, p0, 'Katajari.com')).toBe('Katajari.com');
    expect(sourceOf(MARKDOWN, p0, 'Kepala DKISP')).toBe('Kepala DKISP');
    expect(sourceOf(MARKDOWN, p0, 'ke Diskominfo')).toBe('ke\nDiskominfo'); // the line break became a space
    expect(sourceOf(MARKDOWN, p0, 'Selasa (22/10/2024)')).toBe('Selasa (22/10/2024)');
    const p1 = x.fields.get('paragraphs[1]')!;
    expect(sourceOf(MARKDOWN, p1, 'inovasi daerah')).toBe('inovasi daerah');
    expect(sourceOf(MARKDOWN, p1, 'Surakarta.')).toBe('Surakarta.');
    const c0 = x.fields.get('caption[0]')!;
    expect(sourceOf(MARKDOWN, c0, '(Foto: DKISP')).toBe('(Foto: DKISP');
    expect(x.page.html).toBe(MARKDOWN);
  });
});

describe('extractDraft: what each paragraph is (blocks)', () => {
  it('subheadings, list items (numbered, nested) and quotes are named in blocks, beside their text', () => {
    const md = [
      '# Judul',
      '',
      'MARTAPURA – Pemkab Banjar membuka pendaftaran, Senin (21/10/2024).',
      '',
      '## Syarat',
      '',
      '- KTP',
      '  1. asli',
      '- KK',
      '',
      '> Kami buka sampai akhir bulan.',
      '',
      'Penutup.',
    ].join('\n');
    const { record } = extractDraft(md);
    expect(record.paragraphs).toEqual([
      'MARTAPURA – Pemkab Banjar membuka pendaftaran, Senin (21/10/2024).',
      'Syarat',
      'KTP',
      'asli',
      'KK',
      'Kami buka sampai akhir bulan.',
      'Penutup.',
    ]);
    expect(record.blocks).toEqual([
      { kind: 'paragraph' },
      { kind: 'heading', level: 2 },
      { kind: 'item', ordered: false, depth: 1 },
      { kind: 'item', ordered: true, depth: 2 },
      { kind: 'item', ordered: false, depth: 1 },
      { kind: 'quote' },
      { kind: 'paragraph' },
    ]);
    expect(schemaErrors(record)).toEqual([]);
  });
});

describe('extractDraft (plain text and edge cases)', () => {
  it('plain text: the first line is the headline; Foto: lines are captions', () => {
    const text =
      'Banjir Rendam Alalak\r\n\r\nMARABAHAN – Banjir merendam Alalak, Selasa (12/11/2024).\r\nAir mencapai 40 cm.\r\n\r\nFoto: Warga melintasi banjir. (Foto: BPBD Batola)\r\n';
    const x = extractDraft(text);
    expect(x.record.headline).toBe('Banjir Rendam Alalak');
    expect(x.record.paragraphs).toEqual(['MARABAHAN – Banjir merendam Alalak, Selasa (12/11/2024). Air mencapai 40 cm.']);
    expect(x.record.captions.map((c) => [c.text, c.credit])).toEqual([['Warga melintasi banjir. (Foto: BPBD Batola)', 'BPBD Batola']]);
    expect(x.record.dateline?.place).toBe('MARABAHAN');
    expect(x.record.url).toBe('-');
  });

  it('a byline line is the author; a sentence starting with "Oleh" is not a byline', () => {
    const x = extractDraft('# Judul\n\nOleh: Rina Oktaviani\n\nOleh karena itu, warga diminta waspada\n\nIsi berita.\n');
    expect(x.record.byline.author).toBe('Rina Oktaviani');
    expect(x.record.paragraphs).toEqual(['Oleh karena itu, warga diminta waspada', 'Isi berita.']);
  });

  it('a credit-only "Foto:" line keeps its label so the credit reads', () => {
    const x = extractDraft('# Judul\n\nIsi berita pertama.\n\n![Pasar](https://x.id/p.jpg)\nFoto: Humas Pemko Banjarmasin\n');
    expect(x.record.captions[0]).toMatchObject({
      text: 'Foto: Humas Pemko Banjarmasin',
      credit: 'Humas Pemko Banjarmasin',
      image: 'https://x.id/p.jpg',
      alt: 'Pasar',
    });
  });

  it('an image followed by an ordinary paragraph has no caption; relative images without a URL have no address', () => {
    const x = extractDraft('# Judul\n\n![Pasar](pasar.jpg)\n\nParagraf biasa yang panjang tentang pasar dan para pedagangnya di kota ini.\n');
    expect(x.record.captions).toEqual([]);
    expect(x.record.paragraphs).toHaveLength(1);
    const y = extractDraft('# Judul\n\n![Pasar](pasar.jpg)\n_Pedagang di Pasar Lama. (Foto: Ist)_\n');
    expect(y.record.captions[0]).toMatchObject({ image: null, credit: 'Ist' });
  });

  it('setext headlines, a BOM, code fences and HTML comments', () => {
    const x = extractDraft('\uFEFFJudul Berita\n===\n\n<!-- catatan redaksi -->\n\n```\nkode\n```\n\nIsi berita dengan _penekanan_ dan snake_case_name.\n');
    expect(x.record.headline).toBe('Judul Berita');
    expect(x.record.paragraphs).toEqual(['Isi berita dengan penekanan dan snake_case_name.']);
  });

  it('never throws on odd input, and reads empty text as an empty article', () => {
    for (const t of ['', '\n\n', '---\n: [\n---\n', '# \n', '![](', '*', '[a](b', '&#0;&#xD800;', 'Foto:', '---\ntitle: 5\n---']) {
      const x = extractDraft(t);
      expect(schemaErrors(x.record)).toEqual([]);
      expect(() => lintArticle(x)).not.toThrow();
    }
  });

  it('tells HTML from drafts', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF  <!-- x --><html lang="id">')).toBe(true);
    expect(looksLikeHtml('<p>Paragraf</p>')).toBe(true);
    expect(looksLikeHtml('# Judul\n\n<p>ok</p>')).toBe(false);
    expect(looksLikeHtml('Judul berita\n\nIsi.')).toBe(false);
  });
});
