/**
 * The Markdown export keeps the article's structure: headings, lists, tables and quotes from
 * the record's `blocks`, with captions where their images stood.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../src/export/markdown.js';
import { extractDraft } from '../src/extract/draft.js';
import { extract } from '../src/index.js';
import type { ArticleRecord } from '../src/record.js';

const PAGE = `<!doctype html><html lang="id"><head><title>Jadwal Vaksinasi</title></head><body>
<article><h1>Jadwal Vaksinasi Anak di Puskesmas Kota Banjarmasin Pekan Ini</h1>
<div class="entry-content">
<p>BANJARMASIN – Dinas Kesehatan Kota Banjarmasin membuka vaksinasi campak dan rubela untuk anak usia sekolah di semua puskesmas pekan ini.</p>
<h2>Syarat yang dibawa</h2>
<ul><li>Kartu keluarga atau akta kelahiran anak</li><li>Buku kesehatan ibu dan anak</li></ul>
<h3>Langkah pendaftaran</h3>
<ol><li>Datang ke puskesmas terdekat pada jam layanan</li><li>Isi formulir persetujuan orang tua</li></ol>
<table><thead><tr><th>Puskesmas</th><th>Hari</th></tr></thead>
<tbody><tr><td>Kuin Raya</td><td>Senin</td></tr><tr><td>Pekapuran | Raya</td><td>Rabu</td></tr></tbody></table>
<blockquote><p>Kami minta orang tua tidak khawatir, vaksin ini aman dan gratis.</p></blockquote>
<p>Dinas Kesehatan menargetkan 95 persen anak usia sekolah sudah divaksin pada akhir bulan.</p>
</div></article></body></html>`;

function markdownBody(record: ArticleRecord): string[] {
  const md = toMarkdown(record);
  return md.slice(md.indexOf('\n---\n', 4) + 5).split('\n');
}

describe('Markdown export of headings, lists, tables and quotes', () => {
  const record = extract(PAGE, { url: 'https://example.id/vaksinasi/', lint: false });

  it('the record says what each paragraph is', () => {
    expect(record.blocks).toHaveLength(record.paragraphs.length);
    expect(record.blocks!.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'item',
      'item',
      'heading',
      'item',
      'item',
      'row',
      'row',
      'row',
      'quote',
      'paragraph',
    ]);
    expect(record.paragraphs[7]).toBe('Puskesmas Hari');
    expect(record.blocks![7]).toEqual({ kind: 'row', cells: ['Puskesmas', 'Hari'], header: true });
  });

  it('renders them as Markdown blocks', () => {
    const lines = markdownBody(record);
    const at = (first: string, n: number) => lines.slice(lines.indexOf(first), lines.indexOf(first) + n);
    expect(at('## Syarat yang dibawa', 5)).toEqual([
      '## Syarat yang dibawa',
      '',
      '- Kartu keluarga atau akta kelahiran anak',
      '- Buku kesehatan ibu dan anak',
      '',
    ]);
    expect(at('### Langkah pendaftaran', 4)).toEqual([
      '### Langkah pendaftaran',
      '',
      '1. Datang ke puskesmas terdekat pada jam layanan',
      '2. Isi formulir persetujuan orang tua',
    ]);
    expect(at('| Puskesmas | Hari |', 5)).toEqual(['| Puskesmas | Hari |', '| --- | --- |', '| Kuin Raya | Senin |', '| Pekapuran \\| Raya | Rabu |', '']);
    expect(lines).toContain('> Kami minta orang tua tidak khawatir, vaksin ini aman dan gratis.');
  });

  it('a numbered list right after a bulleted one is a list of its own; nested items are indented', () => {
    const lines = markdownBody({
      ...record,
      paragraphs: ['satu', 'dua', 'tiga', 'empat'],
      blocks: [
        { kind: 'item', ordered: false, depth: 1 },
        { kind: 'item', ordered: false, depth: 2 },
        { kind: 'item', ordered: true, depth: 1 },
        { kind: 'item', ordered: true, depth: 1 },
      ],
      captions: [],
    });
    expect(lines.filter(Boolean).slice(1)).toEqual(['- satu', '   - dua', '1. tiga', '2. empat']);
  });

  it('a record without blocks (written before they were added) gives paragraphs', () => {
    const { blocks: _blocks, ...old } = record;
    const lines = markdownBody(old as ArticleRecord);
    expect(lines).toContain('Syarat yang dibawa');
    expect(lines).toContain('Puskesmas Hari');
  });
});

describe('Markdown of the headings-lists-table-in-body fixture', () => {
  it('is the article as headings, lists, a table and a quote', () => {
    const html = readFileSync(new URL('../fixtures/headings-lists-table-in-body.html', import.meta.url));
    const lines = markdownBody(extract(html, { source: 'fixtures/headings-lists-table-in-body.html', lint: false }));
    expect(lines.slice(lines.indexOf('## Syarat yang dibawa')).join('\n')).toBe(
      [
        '## Syarat yang dibawa',
        '',
        '- Kartu keluarga atau akta kelahiran anak',
        '- Buku kesehatan ibu dan anak (KIA)',
        '- Surat persetujuan orang tua yang sudah ditandatangani',
        '',
        '### Langkah pendaftaran',
        '',
        '1. Datang ke puskesmas terdekat pada jam layanan',
        '2. Serahkan berkas di loket pendaftaran',
        '3. Tunggu panggilan petugas imunisasi',
        '',
        '## Jadwal di puskesmas',
        '',
        '| Puskesmas | Hari | Jam |',
        '| --- | --- | --- |',
        '| Kuin Raya | Senin dan Rabu | 08.00–12.00 |',
        '| Pekapuran Raya | Selasa dan Kamis | 08.00–11.00 |',
        '| Teluk Tiram | Jumat | 08.00–10.30 |',
        '',
        '> “Vaksin ini aman dan gratis. Kami minta orang tua tidak ragu membawa anaknya,” kata Kepala Dinas Kesehatan.',
        '',
        'Dinas Kesehatan menargetkan 95 persen anak usia sekolah di Banjarmasin sudah divaksin pada akhir Desember.',
        '',
      ].join('\n'),
    );
  });
});

describe('Markdown export read back as a draft', () => {
  it('front matter says title: (as Markdown tools and the draft reader expect), and the draft gives the same article', () => {
    const record = extract(PAGE, { url: 'https://dinkes.banjarmasinkota.go.id/jadwal/' });
    const md = toMarkdown(record);
    expect(md.startsWith(`---\ntitle: ${record.headline}\n`)).toBe(true);
    expect(md).not.toMatch(/^headline:/m);
    const back = extractDraft(md).record;
    expect(back.headline).toBe(record.headline);
    expect(back.paragraphs.filter((p) => !record.paragraphs.includes(p))).toEqual(
      // A table row comes back as one paragraph of its cells: Markdown's table is not CommonMark.
      back.paragraphs.filter((p) => p.includes('|')),
    );
    expect(back.published).toBe(record.published);
  });
});
