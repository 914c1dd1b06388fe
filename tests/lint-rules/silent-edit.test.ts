import { describe, expect, it } from 'vitest';
import { draft, figure, ofRule, page, textAt } from './helpers.js';
import { extractDetailed } from '../../src/pipeline.js';
import { extractDraft } from '../../src/extract/draft.js';
import { lintArticle } from '../../src/lint/runner.js';
import type { PreviousVersion } from '../../src/lint/context.js';
import { lint } from '../../src/index.js';

const RULE = 'silent-edit';
const FETCHED = '2026-12-01T02:00:00.000Z';
const PUBLISHED = '2026-11-24T09:15:00+08:00';

const BODY = [
  'MARTAPURA – Pemerintah Kabupaten Banjar mulai memperbaiki jembatan gantung di Desa Tatah Layap, Senin (23/11/2026).',
  'Jembatan sepanjang 60 meter itu menjadi satu-satunya penghubung warga dua desa dengan pasar kecamatan.',
  'Kepala Dinas PUPR mengatakan perbaikan ditargetkan selesai dalam tiga pekan dengan anggaran Rp2 miliar.',
];
const HEADLINE = 'Jembatan Gantung Desa Tatah Layap Diperbaiki';

function previous(body: string[] = BODY, headline = HEADLINE, fetchedAt: string | null = FETCHED): PreviousVersion {
  return { record: { headline, paragraphs: body, captions: [] }, fetchedAt };
}

function lintVersion(body: string[], prev: PreviousVersion | null, headline = HEADLINE) {
  const extraction = extractDraft(draft({ published: PUBLISHED, headline, body }), { source: 'draft.md' });
  return ofRule(lintArticle(extraction, undefined, { previous: prev }), RULE);
}

const edited = (i: number, from: string, to: string) => BODY.map((p, j) => (j === i ? p.replace(from, to) : p));

describe(RULE, () => {
  it('reports a paragraph edited since the earlier version, pointing at it, with the text it replaced', () => {
    const now = edited(2, 'Rp2 miliar', 'Rp1,2 miliar');
    const findings = lintVersion(now, previous());
    expect(findings.map((f) => [f.where, f.severity, f.messageId])).toEqual([['paragraphs[2]', 'warning', 'edited']]);
    expect(findings[0].found).toBe(now[2]);
    expect(findings[0].expected).toBe(BODY[2]);
    // The message's data: what changed, and the version it changed since.
    expect(findings[0].message).toContain('1 paragraph edited');
    expect(findings[0].message).toContain(FETCHED);
    expect(findings[0].suggestion).toMatch(/Ralat:/);
  });

  it('counts edits and additions, and points at the first change in reading order', () => {
    const now = [
      BODY[0],
      BODY[1].replace('60 meter', '65 meter'),
      BODY[2].replace('tiga pekan', 'empat pekan'),
      'Warga berharap jembatan segera bisa dilalui lagi.',
    ];
    const [f] = lintVersion(now, previous());
    expect(f.where).toBe('paragraphs[1]');
    expect(f.messageId).toBe('edited');
    expect(f.message).toContain('2 paragraphs edited, 1 added');
  });

  it('is quiet when the new version carries a correction note the old one lacked', () => {
    const now = [...edited(2, 'Rp2 miliar', 'Rp1,2 miliar'), 'Ralat: berita ini telah diperbarui pada 02/12/2026. Sebelumnya tertulis Rp2 miliar.'];
    expect(lintVersion(now, previous())).toEqual([]);
    // Bracketed and English forms count too.
    expect(lintVersion([...now.slice(0, 3), '[Ralat] Sebelumnya tertulis Rp2 miliar.'], previous())).toEqual([]);
    expect(lintVersion([...now.slice(0, 3), 'Update (2/12/2026 pukul 10.00 WIB): anggaran diralat.'], previous())).toEqual([]);
  });

  it('a note the earlier version already had does not cover a new edit', () => {
    const note = 'Ralat: nama desa sebelumnya salah tulis.';
    const [f] = lintVersion([...edited(1, '60 meter', '65 meter'), note], previous([...BODY, note]));
    expect([f.where, f.messageId]).toEqual(['paragraphs[1]', 'edited']);
  });

  it('is quiet when only whitespace changed', () => {
    // The earlier version as archived with other spacing (a line break, doubled spaces, a non-breaking space).
    const spaced = BODY.map((p) => p.replace(/ /g, '  ').replace('sepanjang ', 'sepanjang\n').replace('Kepala ', 'Kepala\u00a0') + ' ');
    expect(lintVersion(BODY, previous(spaced, `  ${HEADLINE}`))).toEqual([]);
    expect(lintVersion(BODY, previous(spaced.map((p) => p.replace('pekan', 'minggu'))))).toHaveLength(1);
  });

  it('is quiet without an earlier version, and when nothing changed', () => {
    const now = edited(2, 'Rp2 miliar', 'Rp1,2 miliar');
    expect(lintVersion(now, null)).toEqual([]);
    expect(lintVersion(BODY, previous())).toEqual([]);
  });

  it('points at a changed headline first, and says so', () => {
    const [f] = lintVersion(edited(2, 'Rp2', 'Rp1,2'), previous(BODY, 'Jembatan Gantung Tatah Layap Mulai Diperbaiki'));
    expect([f.where, f.found, f.expected]).toEqual(['headline', HEADLINE, 'Jembatan Gantung Tatah Layap Mulai Diperbaiki']);
    expect(f.messageId).toBe('edited');
    expect(f.message).toContain('headline changed; 1 paragraph edited');
  });

  it('a removed paragraph alone points at the headline; an unknown fetch time has its own message', () => {
    const [f] = lintVersion(BODY.slice(0, 2), previous(BODY, HEADLINE, null));
    expect([f.where, f.messageId]).toEqual(['headline', 'editedUndated']);
    expect(f.message).toContain('1 paragraph removed');
  });

  it('an edited caption on a page: the finding points at the caption in the source', () => {
    const caption = (credit: string) => `Jembatan gantung Desa Tatah Layap, Senin (23/11/2026). (Foto: ${credit})`;
    const html = page({
      published: PUBLISHED,
      headline: HEADLINE,
      blocks: [`<p>${BODY[0]}</p>`, figure('/j.jpg', caption('Humas PUPR')), `<p>${BODY[1]}</p>`],
    });
    const extraction = extractDetailed(html, { source: 'page.html', lint: false });
    const prev = { record: { headline: HEADLINE, paragraphs: BODY.slice(0, 2), captions: [{ text: caption('Dinas PUPR') }] }, fetchedAt: FETCHED };
    const [f] = ofRule(lintArticle(extraction, undefined, { previous: prev }), RULE);
    expect([f.where, f.messageId]).toEqual(['caption[0]', 'edited']);
    expect(f.message).toContain('1 caption edited');
    expect(textAt(html, f)).toBe(caption('Humas PUPR'));
  });

  it('the library lint() takes the previous version too', () => {
    const text = draft({ published: PUBLISHED, headline: HEADLINE, body: edited(2, 'Rp2', 'Rp1,2') });
    expect(ofRule(lint(text, { draft: true, previous: previous() }), RULE).map((f) => f.where)).toEqual(['paragraphs[2]']);
    expect(ofRule(lint(text, { draft: true }), RULE)).toEqual([]);
  });
});
