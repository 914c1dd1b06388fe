/** Dates written without a year take the year their words point to (src/lint/context.ts, dates.ts). */
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../src/extract/draft.js';
import { LintContext } from '../../src/lint/context.js';
import { isoOf } from '../../src/lint/dates.js';
import { draft } from './helpers.js';

/** The ISO date of every date mention of paragraphs[1], read against the dateline. */
function readings(published: string, lead: string, sentence: string): (string | null)[] {
  const ctx = new LintContext(extractDraft(draft({ published, body: [lead, sentence] }), { source: 'draft.md' }));
  const unit = ctx.paragraphs[1];
  return ctx.dates(unit).map((m) => {
    const d = ctx.dateOf(unit, m, ctx.dateline?.date ?? null);
    return d && isoOf(d);
  });
}

describe('yearless dates follow their words', () => {
  const lead = 'MARTAPURA – Rapat digelar Rabu (4/11/2015).';

  it('"lalu", "kemarin", "sebelumnya", "silam" point back: the latest such date on or before the reference', () => {
    expect(readings('2015-11-04', lead, 'Tersangka diperiksa pada 23 Maret lalu.')).toEqual(['2015-03-23']);
    expect(readings('2015-11-04', lead, 'Rapat pertama digelar 20 Mei silam.')).toEqual(['2015-05-20']);
    expect(readings('2015-11-04', lead, 'Berkas lengkap pada Senin (2/3) sebelumnya.')).toEqual(['2015-03-02']);
    // Without a word, the nearest reading.
    expect(readings('2015-11-04', lead, 'Tersangka diperiksa pada 23 Maret.')).toEqual(['2016-03-23']);
  });

  it('"mendatang", "depan", "nanti", "yang akan datang" point forward', () => {
    expect(readings('2015-06-01', 'MARTAPURA – Rapat digelar Senin (1/6/2015).', 'Sidang digelar 20 Januari mendatang.')).toEqual(['2016-01-20']);
    expect(readings('2015-06-01', 'MARTAPURA – Rapat digelar Senin (1/6/2015).', 'Sidang digelar 20 Januari yang akan datang.')).toEqual(['2016-01-20']);
    expect(readings('2015-06-01', 'MARTAPURA – Rapat digelar Senin (1/6/2015).', 'Sidang digelar 20 Januari.')).toEqual(['2015-01-20']);
  });

  it('a written year is never moved', () => {
    expect(readings('2015-11-04', lead, 'Tersangka diperiksa pada 23 Maret 2016 lalu.')).toEqual(['2016-03-23']);
  });
});
