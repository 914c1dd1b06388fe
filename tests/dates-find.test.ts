import { describe, expect, it } from 'vitest';
import { findDates, type DateMention, type FindOptions } from '../src/dates/index.js';

type Expected = Partial<Omit<DateMention, 'raw' | 'index' | 'end' | 'dateIndex' | 'dateEnd'>> & {
  /** The expected raw text; its position is looked up in the input. */
  raw: string;
  /** The expected date part; looked up inside raw. */
  date: string;
};

/** Asserts the mention's text and offsets against `exp.raw` / `exp.date` and its other fields. */
function expectMention(text: string, m: DateMention | undefined, exp: Expected, from = 0): void {
  const { raw, date, ...fields } = exp;
  const index = text.indexOf(raw, from);
  if (index < 0) throw new Error(`test bug: ${JSON.stringify(raw)} is not in the text`);
  const dateIndex = text.indexOf(date, index);
  if (dateIndex < 0 || dateIndex + date.length > index + raw.length) throw new Error(`test bug: date ${date} not in raw`);
  expect(m).toBeDefined();
  expect(m!.raw).toBe(raw);
  expect(m!.index).toBe(index);
  expect(m!.end).toBe(index + raw.length);
  expect(text.slice(m!.index, m!.end)).toBe(m!.raw);
  expect(m!.dateIndex).toBe(dateIndex);
  expect(m!.dateEnd).toBe(dateIndex + date.length);
  expect(m).toMatchObject(fields);
}

/** Exactly one mention in `text`, matching `exp`. */
function one(text: string, exp: Expected, options?: FindOptions): DateMention {
  const found = findDates(text, options);
  expect(found.map((f) => f.raw)).toEqual([exp.raw]);
  expectMention(text, found[0], exp);
  return found[0];
}

describe('the seed article', () => {
  const caption = 'Jajaran DKISP Kabupaten Banjar dan awak media di depan Balaikota Surakarta, Selasa (22/10/2023) siang. (Foto: DKISP Kabupaten Banjar)';
  const lead =
    'Katajari.com Kepala Dinas Komunikasi Informatika Statistik dan Persandian (DKISP) Kabupaten Banjar HM Aidil Basith pimpin kunjungan kerja ke Diskominfo SP Kota Surakarta, Selasa (22/10/2024) siang.';

  it('finds the caption date with every field', () => {
    const found = findDates(caption);
    expect(found).toEqual([
      {
        raw: 'Selasa (22/10/2023) siang',
        index: 76,
        end: 101,
        dateIndex: 84,
        dateEnd: 94,
        weekday: 'Selasa',
        weekdayRaw: 'Selasa',
        day: 22,
        month: 10,
        year: 2023,
        yearWritten: true,
        valid: true,
        iso: '2023-10-22',
        time: null,
        zone: null,
        offset: null,
        timeOfDay: 'siang',
        form: 'numeric',
        language: 'id',
      },
    ]);
    expect(caption.slice(76, 101)).toBe('Selasa (22/10/2023) siang');
    expect(caption.slice(84, 94)).toBe('22/10/2023');
  });

  it('finds the lead date', () => {
    one(lead, { raw: 'Selasa (22/10/2024) siang', date: '22/10/2024', weekday: 'Selasa', iso: '2024-10-22', timeOfDay: 'siang' });
  });

  it('finds both dates, in order, when caption and lead are one text', () => {
    const text = `${caption}\n\n${lead}`;
    const found = findDates(text);
    expect(found.map((f) => f.iso)).toEqual(['2023-10-22', '2024-10-22']);
    expect(found[0].index).toBeLessThan(found[1].index);
    expect(found[1].index).toBe(text.lastIndexOf('Selasa (22/10/2024)'));
  });
});

describe('numeric dates', () => {
  it('weekday with a parenthesised date', () => {
    one('Rapat digelar Selasa (22/10/2024) di aula.', {
      raw: 'Selasa (22/10/2024)',
      date: '22/10/2024',
      weekday: 'Selasa',
      weekdayRaw: 'Selasa',
      day: 22,
      month: 10,
      year: 2024,
      yearWritten: true,
      valid: true,
      iso: '2024-10-22',
      form: 'numeric',
      language: 'id',
      time: null,
      zone: null,
      timeOfDay: null,
    });
  });

  it('a parenthesised date with a 2-digit year, no weekday', () => {
    one('Foto bersama (26/2/24).', { raw: '(26/2/24)', date: '26/2/24', weekday: null, year: 2024, yearWritten: true, iso: '2024-02-26' });
  });

  it('drops an opening parenthesis without a closing one', () => {
    one('lihat (26/2/2024 dan lainnya', { raw: '26/2/2024', date: '26/2/2024', iso: '2024-02-26' });
  });

  it.each([
    ['5/1/98', 1998],
    ['5/1/69', 2069],
    ['5/1/70', 1970],
    ['5/1/00', 2000],
  ])('2-digit year %s → %i', (date, year) => {
    one(`Kamis (${date})`, { raw: `Kamis (${date})`, date, year, yearWritten: true });
  });

  it.each(['22/10/2024', '22-10-2024', '22.10.2024'])('bare %s', (date) => {
    one(`pada ${date} lalu`, { raw: date, date, weekday: null, iso: '2024-10-22', form: 'numeric' });
  });

  it('a 2-digit year with "-" or "." needs a weekday or "tanggal"', () => {
    expect(findDates('kode 22-10-24 dan versi 2.10.24')).toEqual([]);
    one('Selasa, 22-10-24', { raw: 'Selasa, 22-10-24', date: '22-10-24', iso: '2024-10-22' });
    one('tanggal 22.10.24', { raw: '22.10.24', date: '22.10.24', iso: '2024-10-22' });
  });

  it('ISO date', () => {
    one('diunggah 2024-10-22 oleh admin', { raw: '2024-10-22', date: '2024-10-22', iso: '2024-10-22', form: 'iso' });
  });

  it('ISO date with a weekday and a time', () => {
    one('Selasa, 2024-10-22 14:05 WITA', {
      raw: 'Selasa, 2024-10-22 14:05 WITA',
      date: '2024-10-22',
      weekday: 'Selasa',
      form: 'iso',
      time: '14:05',
      zone: 'WITA',
    });
  });

  it('weekday and d/m without a year takes the context year', () => {
    one(
      'Rapat digelar Senin (29/9) pagi.',
      {
        raw: 'Senin (29/9) pagi',
        date: '29/9',
        weekday: 'Senin',
        day: 29,
        month: 9,
        year: 2025,
        yearWritten: false,
        valid: true,
        iso: '2025-09-29',
        timeOfDay: 'pagi',
      },
      { year: 2025 },
    );
  });

  it('weekday and d/m without a year and no context: year null, iso null', () => {
    one('Senin, 29/9 ada rapat', { raw: 'Senin, 29/9', date: '29/9', weekday: 'Senin', year: null, yearWritten: false, valid: true, iso: null });
  });

  it('d/m after "tanggal" or "tgl."', () => {
    one('pada tanggal 5/11 nanti', { raw: '5/11', date: '5/11', day: 5, month: 11, year: 2024, iso: '2024-11-05' }, { year: 2024 });
    one('tgl. 6/11', { raw: '6/11', date: '6/11', day: 6, month: 11 });
    one('tgl 6/11', { raw: '6/11', date: '6/11', day: 6, month: 11 });
  });

  it('29 February without a year is valid, 30 February never', () => {
    one('Kamis (29/2)', { raw: 'Kamis (29/2)', date: '29/2', valid: true, iso: null });
    one('Kamis (30/2)', { raw: 'Kamis (30/2)', date: '30/2', valid: false, iso: null });
    one('Kamis (29/2)', { raw: 'Kamis (29/2)', date: '29/2', valid: false, iso: null, year: 2023 }, { year: 2023 });
    one('Kamis (29/2)', { raw: 'Kamis (29/2)', date: '29/2', valid: true, iso: '2024-02-29' }, { year: 2024 });
  });

  it.each([
    ['31/9/2024', 31, 9, false],
    ['30/2/2024', 30, 2, false],
    ['29/2/2023', 29, 2, false],
    ['29/2/2024', 29, 2, true],
    ['29/2/1900', 29, 2, false],
    ['29/2/2000', 29, 2, true],
  ])('%s is reported with valid=%s', (date, day, month, valid) => {
    const m = one(`tanggal ${date}.`, { raw: date, date, day, month, valid });
    expect(m.iso).toBe(valid ? `${date.slice(-4)}-0${month}-${day}` : null);
  });

  it('a numeric range gives two mentions, each with its weekday', () => {
    const text = 'Senin-Selasa (21-22/10/2024) sore';
    const found = findDates(text);
    expect(found).toHaveLength(2);
    expectMention(text, found[0], { raw: 'Senin-Selasa (21', date: '21', weekday: 'Senin', iso: '2024-10-21' });
    expectMention(text, found[1], {
      raw: '22/10/2024) sore',
      date: '22/10/2024',
      weekday: 'Selasa',
      weekdayRaw: 'Selasa',
      iso: '2024-10-22',
      timeOfDay: 'sore',
    });
  });
});

describe('named months', () => {
  it('weekday, day, month, year', () => {
    one('MARTAPURA - Selasa, 22 Oktober 2024, warga berkumpul.', {
      raw: 'Selasa, 22 Oktober 2024',
      date: '22 Oktober 2024',
      weekday: 'Selasa',
      iso: '2024-10-22',
      form: 'named',
      language: 'id',
    });
  });

  it.each([
    ['22 Okt 2024', 10],
    ['22 Okt. 2024', 10],
    ['22 OKTOBER 2024', 10],
    ['22 oktober 2024', 10],
    ['17 Agustus 2024', 8],
    ['17 Agu 2024', 8],
    ['17 Agt 2024', 8],
    ['17 Ags 2024', 8],
    ['2 September 2024', 9],
    ['2 Sept 2024', 9],
    ['2 Sep 2024', 9],
    ['3 Nopember 2024', 11],
    ['3 November 2024', 11],
    ['3 Nov 2024', 11],
    ['4 Pebruari 2024', 2],
    ['4 Februari 2024', 2],
    ['4 Peb 2024', 2],
    ['4 Feb 2024', 2],
    ['5 Mei 2024', 5],
    ['6 Januari 2024', 1],
    ['7 Maret 2024', 3],
    ['8 April 2024', 4],
    ['9 Juni 2024', 6],
    ['10 Juli 2024', 7],
    ['11 Desember 2024', 12],
    ['22-Okt-2024', 10],
  ])('%s', (date, month) => {
    const m = one(`sejak ${date} lalu`, { raw: date, date, month, year: 2024, yearWritten: true, form: 'named', language: 'id' });
    expect(m.day).toBe(Number(/\d+/.exec(date)![0]));
  });

  it('day and month without a year take the context year', () => {
    one('pada 22 Oktober lalu', { raw: '22 Oktober', date: '22 Oktober', year: 2024, yearWritten: false, iso: '2024-10-22' }, { year: 2024 });
    one('pada 22 Oktober lalu', { raw: '22 Oktober', date: '22 Oktober', year: null, yearWritten: false, iso: null });
  });

  it('a parenthesised named date after a weekday', () => {
    one('Rabu (23 Oktober 2024), rapat', { raw: 'Rabu (23 Oktober 2024)', date: '23 Oktober 2024', weekday: 'Rabu', iso: '2024-10-23' });
  });

  it.each([
    ["Jum'at", 'Jumat'],
    ['Jum’at', 'Jumat'],
    ['Jumat', 'Jumat'],
    ['JUMAT', 'Jumat'],
    ['Minggu', 'Minggu'],
    ['Ahad', 'Minggu'],
    ['Sabtu', 'Sabtu'],
    ['Kamis', 'Kamis'],
  ])('weekday spelling %s → %s', (written, canonical) => {
    const text = `Acara ${written}, 5 Januari 2024 pukul 10.00 WITA di aula`;
    one(text, {
      raw: `${written}, 5 Januari 2024 pukul 10.00 WITA`,
      date: '5 Januari 2024',
      weekday: canonical as DateMention['weekday'],
      weekdayRaw: written,
      time: '10:00',
      zone: 'WITA',
      iso: '2024-01-05',
    });
  });

  it('a day range gives two mentions with the month and year of the second day', () => {
    for (const connector of ['-', '–', ' s.d. ', ' s/d ', ' sampai ', ' hingga ', ' dan ']) {
      const text = `digelar 21${connector}22 Oktober 2024 di Martapura`;
      const found = findDates(text);
      expect(found).toHaveLength(2);
      expectMention(text, found[0], { raw: '21', date: '21', day: 21, month: 10, year: 2024, iso: '2024-10-21' });
      expectMention(text, found[1], { raw: '22 Oktober 2024', date: '22 Oktober 2024', iso: '2024-10-22' }, found[0].end);
    }
  });

  it('a range with weekdays', () => {
    const text = 'Senin dan Selasa, 21 dan 22 Oktober 2024';
    const found = findDates(text);
    expect(found.map((f) => [f.weekday, f.iso])).toEqual([
      ['Senin', '2024-10-21'],
      ['Selasa', '2024-10-22'],
    ]);
    expect(found[0].raw).toBe('Senin dan Selasa, 21');
  });

  it('a backwards "range" keeps only the real date', () => {
    const found = findDates('nomor 25-22 Oktober 2024');
    expect(found.map((f) => f.raw)).toEqual(['22 Oktober 2024']);
  });
});

describe('English', () => {
  it.each([
    ['October 22, 2024', 'October 22, 2024'],
    ['Oct 22, 2024', 'Oct 22, 2024'],
    ['Oct. 22, 2024', 'Oct. 22, 2024'],
    ['22 October 2024', '22 October 2024'],
    ['October 22nd, 2024', 'October 22nd, 2024'],
    ['22nd of October 2024', '22nd of October 2024'],
  ])('%s', (raw, date) => {
    one(`Posted ${raw} by admin`, { raw, date, day: 22, month: 10, year: 2024, iso: '2024-10-22', language: 'en', weekday: null });
  });

  it('English weekday names map to Indonesian', () => {
    one('Tuesday, October 22, 2024', {
      raw: 'Tuesday, October 22, 2024',
      date: 'October 22, 2024',
      weekday: 'Selasa',
      weekdayRaw: 'Tuesday',
      language: 'en',
      form: 'named',
    });
    one('on Tuesday (22/10/2024)', {
      raw: 'Tuesday (22/10/2024)',
      date: '22/10/2024',
      weekday: 'Selasa',
      weekdayRaw: 'Tuesday',
      language: 'en',
      form: 'numeric',
    });
    one('Sat, 26 Oct 2024', { raw: 'Sat, 26 Oct 2024', date: '26 Oct 2024', weekday: 'Sabtu', language: 'en' });
  });

  it('month-first without a year: a weekday, or English usage', () => {
    one('Tuesday, October 22', { raw: 'Tuesday, October 22', date: 'October 22', weekday: 'Selasa', year: null }, {});
    one('Selasa, Oktober 22', { raw: 'Selasa, Oktober 22', date: 'Oktober 22', weekday: 'Selasa', language: 'id' });
    one('the call on July 25 was', { raw: 'July 25', date: 'July 25', day: 25, month: 7, year: 2019, language: 'en' }, { year: 2019 });
    one('published online today (Nov. 18) in', { raw: '(Nov. 18)', date: 'Nov. 18', day: 18, month: 11, language: 'en' });
    one('an IPO on September 30 after', { raw: 'September 30', date: 'September 30', month: 9, language: 'en' });
    // Indonesian-only month names, lower case, or a number after a bare "both" name: not dates.
    expect(findDates('pada Oktober 22 warga hadir')).toEqual([]);
    expect(findDates('since october 22 people')).toEqual([]);
    expect(findDates('sebanyak April 5 orang')).toEqual([]);
    expect(findDates('Pak Agus 12 tahun')).toEqual([]);
  });

  it('Indonesian months written month-first (WordPress "F j, Y")', () => {
    one('Oktober 22, 2024', { raw: 'Oktober 22, 2024', date: 'Oktober 22, 2024', iso: '2024-10-22', language: 'id' });
  });

  it('a month-first range gives two mentions', () => {
    const text = 'held October 21-22, 2024 in Jakarta';
    const found = findDates(text);
    expect(found.map((f) => [f.raw, f.iso])).toEqual([
      ['October 21', '2024-10-21'],
      ['22, 2024', '2024-10-22'],
    ]);
  });

  it('am/pm', () => {
    one('October 22, 2024 at 2:05 pm', { raw: 'October 22, 2024 at 2:05 pm', date: 'October 22, 2024', time: '14:05' });
    one('October 22, 2024 12:30 a.m.', { raw: 'October 22, 2024 12:30 a.m.', date: 'October 22, 2024', time: '00:30' });
  });
});

describe('times, zones and time of day', () => {
  it('pukul with a zone', () => {
    one('Kamis (24/10/2024) pukul 09.30 Wita.', {
      raw: 'Kamis (24/10/2024) pukul 09.30 Wita',
      date: '24/10/2024',
      time: '09:30',
      zone: 'WITA',
      timeOfDay: null,
    });
  });

  it('a time range keeps the start', () => {
    one('Kamis, 24 Oktober 2024 pukul 10.00-12.00 WIB bertempat di', {
      raw: 'Kamis, 24 Oktober 2024 pukul 10.00-12.00 WIB',
      date: '24 Oktober 2024',
      time: '10:00',
      zone: 'WIB',
    });
    one('Kamis, 24 Oktober 2024 pukul 10.00 s.d. selesai', {
      raw: 'Kamis, 24 Oktober 2024 pukul 10.00 s.d. selesai',
      date: '24 Oktober 2024',
      time: '10:00',
      zone: null,
    });
  });

  it('HH:MM with a zone and separators', () => {
    one('22 Okt 2024 - 14:05 WIB', { raw: '22 Okt 2024 - 14:05 WIB', date: '22 Okt 2024', time: '14:05', zone: 'WIB' });
    one('Selasa, 22/10/2024 | 14:05', { raw: 'Selasa, 22/10/2024 | 14:05', date: '22/10/2024', time: '14:05', zone: null });
    one('22 Oktober 2024 14.05 WIT', { raw: '22 Oktober 2024 14.05 WIT', date: '22 Oktober 2024', time: '14:05', zone: 'WIT' });
  });

  it('"jam 9 pagi" gives a time and a time of day', () => {
    one('Sabtu (26/10) jam 9 pagi', { raw: 'Sabtu (26/10) jam 9 pagi', date: '26/10', time: '09:00', timeOfDay: 'pagi' });
  });

  it('12-hour times move with sore/malam/siang', () => {
    one('Sabtu (26/10) jam 3 sore', { raw: 'Sabtu (26/10) jam 3 sore', date: '26/10', time: '15:00', timeOfDay: 'sore' });
    one('Sabtu (26/10) pukul 8 malam', { raw: 'Sabtu (26/10) pukul 8 malam', date: '26/10', time: '20:00', timeOfDay: 'malam' });
    one('Sabtu (26/10) pukul 1 siang', { raw: 'Sabtu (26/10) pukul 1 siang', date: '26/10', time: '13:00', timeOfDay: 'siang' });
    one('Sabtu (26/10) pukul 11 siang', { raw: 'Sabtu (26/10) pukul 11 siang', date: '26/10', time: '11:00', timeOfDay: 'siang' });
    one('Sabtu (26/10) pukul 02.00 dini hari', {
      raw: 'Sabtu (26/10) pukul 02.00 dini hari',
      date: '26/10',
      time: '02:00',
      timeOfDay: 'dini hari',
    });
    one('Sabtu (26/10) pukul 19.30 malam', { raw: 'Sabtu (26/10) pukul 19.30 malam', date: '26/10', time: '19:30', timeOfDay: 'malam' });
  });

  it('time of day after a comma, a parenthesis, or before a time', () => {
    one('Selasa, 22 Oktober 2024, malam.', { raw: 'Selasa, 22 Oktober 2024, malam', date: '22 Oktober 2024', timeOfDay: 'malam', time: null });
    one('Senin (21/10/2024) dini hari', { raw: 'Senin (21/10/2024) dini hari', date: '21/10/2024', timeOfDay: 'dini hari' });
    one('Senin (21/10/2024) siang pukul 13.00 WITA', {
      raw: 'Senin (21/10/2024) siang pukul 13.00 WITA',
      date: '21/10/2024',
      timeOfDay: 'siang',
      time: '13:00',
      zone: 'WITA',
    });
    one('Senin (21/10/2024 pukul 13.00 WITA) siang', {
      raw: 'Senin (21/10/2024 pukul 13.00 WITA) siang',
      date: '21/10/2024',
      timeOfDay: 'siang',
      time: '13:00',
      zone: 'WITA',
    });
  });

  it('a number after a date is not a time', () => {
    one('pada 22 Oktober 2024, 12.30 persen warga', { raw: '22 Oktober 2024', date: '22 Oktober 2024', time: null });
    one('pada 22 Oktober 2024 10 orang', { raw: '22 Oktober 2024', date: '22 Oktober 2024', time: null });
    one('pada 22/10/2024 sebanyak 1.500 orang', { raw: '22/10/2024', date: '22/10/2024', time: null });
    one('pada 22/10/2024 jam kerja', { raw: '22/10/2024', date: '22/10/2024', time: null });
  });

  it('an impossible clock time is not taken', () => {
    one('Selasa (22/10/2024) pukul 25.00', { raw: 'Selasa (22/10/2024)', date: '22/10/2024', time: null });
    one('Selasa (22/10/2024) pukul 10.75', { raw: 'Selasa (22/10/2024)', date: '22/10/2024', time: null });
  });

  it('a time on the next line does not attach', () => {
    one('Selasa (22/10/2024)\n14:05 berita lain', { raw: 'Selasa (22/10/2024)', date: '22/10/2024', time: null });
  });
});

describe('not dates', () => {
  it.each([
    'Minggu ini kami rapat',
    'Selasa kemarin hujan',
    'Meiliana dan Agustina',
    'sebanyak 3/4 bagian',
    'tambahkan 1/2 kilogram gula',
    'skor 2-1 untuk tuan rumah',
    'skor akhir 21-22',
    'hubungi 0812-3456-7890 atau (0511) 4721234',
    'telepon 021-22-10-2024',
    'sesuai Perda No 5/2024 tentang',
    'UU Nomor 12/2011',
    'surat Nomor: 100/123/DKISP/2024',
    'berdasarkan No. 12/10/2024',
    'Nomor 12/10/2024',
    'https://katajari.com/2024/10/22/berita',
    'https://katajari.com/berita-22-10-2024',
    'lihat www.katajari.com/22-10-2024.html',
    'C:\\data\\22-10-2024',
    'folder /arsip/22/10/2024',
    'tanggal 45/10/2024',
    'tanggal 12/13/2024',
    '0/10/2024 dan 10/0/2024',
    'pukul 10.00 WIB',
    'harga Rp 1.500.000',
    'IP 10.10.10.10',
    'versi 1.22.10.2024',
    '22/10/2024/5',
    'kode 0812-10-22',
    'Senin 2-1 menang',
    'sen, 21/10',
    'Senin lalu 22/10',
    'they may 3 times',
    'we 3 may go',
    'pada Mei 2024',
    'pada Mei 12 warga',
    '45 Oktober 2024',
    'November 2024',
  ])('%j', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('returns [] for empty and non-string input', () => {
    expect(findDates('')).toEqual([]);
    expect(findDates(undefined as unknown as string)).toEqual([]);
    expect(findDates(42 as unknown as string)).toEqual([]);
  });
});

describe('several mentions', () => {
  it('are ordered, non-overlapping, and each has its own weekday', () => {
    const text = 'Acara dibuka Senin (21/10/2024) dan ditutup Jumat, 25 Oktober 2024 pukul 16.00 WITA; laporan 2024-10-28.';
    const found = findDates(text);
    expect(found.map((f) => f.raw)).toEqual(['Senin (21/10/2024)', 'Jumat, 25 Oktober 2024 pukul 16.00 WITA', '2024-10-28']);
    expect(found.map((f) => f.weekday)).toEqual(['Senin', 'Jumat', null]);
    for (let i = 1; i < found.length; i++) expect(found[i].index).toBeGreaterThanOrEqual(found[i - 1].end);
  });

  it('"minggu" meaning "week" is not a weekday', () => {
    one('selama dua minggu, 22 Oktober 2024 hingga', { raw: '22 Oktober 2024', date: '22 Oktober 2024', weekday: null });
    one('tiap 2 minggu (22/10/2024)', { raw: '(22/10/2024)', date: '22/10/2024', weekday: null });
    one('hari Minggu (22/10/2023)', { raw: 'Minggu (22/10/2023)', date: '22/10/2023', weekday: 'Minggu' });
    one('pada minggu (22/10/2023)', { raw: 'minggu (22/10/2023)', date: '22/10/2023', weekday: 'Minggu' });
  });

  it('a weekday range before one date names no single weekday', () => {
    const found = findDates('Senin-Jumat (21/10/2024)');
    expect(found).toHaveLength(1);
    expect(found[0].weekday).toBeNull();
    expect(found[0].raw).toBe('Senin-Jumat (21/10/2024)');
  });
});

describe('the open web: other languages and forms', () => {
  it.each([
    // [text, raw, date part, iso, language]
    ['Mittwoch, 01. November 2023', 'Mittwoch, 01. November 2023', '01. November 2023', '2023-11-01', 'de'],
    ['am 13. Jänner 2014 um 10:12 Uhr', '13. Jänner 2014 um 10:12 Uhr', '13. Jänner 2014', '2014-01-13', 'de'],
    ['6. Aug. 2009', '6. Aug. 2009', '6. Aug. 2009', '2009-08-06', 'en'],
    ['mardi 3 mars 2020', 'mardi 3 mars 2020', '3 mars 2020', '2020-03-03', 'fr'],
    ['le 1er juin 2020', '1er juin 2020', '1er juin 2020', '2020-06-01', 'fr'],
    ['15 de abril de 2020', '15 de abril de 2020', '15 de abril de 2020', '2020-04-15', 'es'],
    ['3 de março de 2021', '3 de março de 2021', '3 de março de 2021', '2021-03-03', 'pt'],
    ['giovedì 12 gennaio 2023', 'giovedì 12 gennaio 2023', '12 gennaio 2023', '2023-01-12', 'it'],
    ['woensdag 12 februari 2020', 'woensdag 12 februari 2020', '12 februari 2020', '2020-02-12', 'nl'],
    ['15 kwietnia 2020 r.', '15 kwietnia 2020', '15 kwietnia 2020', '2020-04-15', 'pl'],
    ['Jumat, 3 Julai 2020', 'Jumat, 3 Julai 2020', '3 Julai 2020', '2020-07-03', 'id'],
    ['8 Ogos 2021', '8 Ogos 2021', '8 Ogos 2021', '2021-08-08', 'ms'],
  ])('%j', (text, raw, date, iso, language) => {
    one(text, { raw, date, iso, language: language as DateMention['language'] });
  });

  it('checks the weekday of every language against the calendar', () => {
    // 1 November 2023 was a Wednesday (Rabu): the canonical weekday is Indonesian.
    expect(findDates('Mittwoch, 01. November 2023')[0]).toMatchObject({ weekday: 'Rabu', weekdayRaw: 'Mittwoch' });
    expect(findDates('Donnerstag, 01. November 2023')[0]).toMatchObject({ weekday: 'Kamis' });
  });

  it('reads months of languages other than Indonesian and English only with a written year', () => {
    expect(findDates('Tim voli menang 3 set, lalu 5 mai')).toEqual([]);
    expect(findDates('am 5. Mai')).toEqual([]);
    expect(findDates('am 5. Mai 2014').map((m) => m.iso)).toEqual(['2014-05-05']);
    // Indonesian and English stay readable without a year.
    expect(findDates('Senin (21/10) dan 5 Mei').map((m) => m.raw)).toEqual(['Senin (21/10)', '5 Mei']);
  });

  it('reads year-first, CJK and spaced numeric dates', () => {
    expect(findDates('2020/10/04 15:05:21')[0]).toMatchObject({ iso: '2020-10-04', time: '15:05', form: 'iso' });
    expect(findDates('2023.11.02. 10:00')[0]).toMatchObject({ iso: '2023-11-02' });
    expect(findDates('发布时间：2020年02月19日 20:29')[0]).toMatchObject({ iso: '2020-02-19', time: '20:29' });
    expect(findDates('2023년 11월 2일')[0]).toMatchObject({ iso: '2023-11-02' });
    expect(findDates('18. 05. 2014')[0]).toMatchObject({ iso: '2014-05-18' });
    expect(findDates('18. 05. 14')).toEqual([]);
  });

  it('reads two-digit years after dots only in a date field, and month-first numbers only when told', () => {
    expect(findDates('Von: Björn Jahner | 31.10.23')).toEqual([]);
    expect(findDates('Von: Björn Jahner | 31.10.23', { field: true })[0]).toMatchObject({ iso: '2023-10-31' });
    expect(findDates('Posted 11/08/2023')[0]).toMatchObject({ iso: '2023-08-11' });
    expect(findDates('Posted 11/08/2023', { numericOrder: 'mdy' })[0]).toMatchObject({ iso: '2023-11-08' });
    // 11/25/2020 is only a date month first: read so in a field, never in prose (a slip to report there).
    expect(findDates('Posted 11/25/2020', { field: true })[0]).toMatchObject({ iso: '2020-11-25' });
    expect(findDates('tanggal 11/25/2020')).toEqual([]);
  });

  it('gives the offset of the zone written after the time; a lower-case word is not a zone', () => {
    expect(findDates('Nov 8, 2023 10:35 PM PST')[0]).toMatchObject({ time: '22:35', zone: 'PST', offset: '-08:00' });
    expect(findDates('13. Januar 2014 um 10:00 Uhr MEZ')[0]).toMatchObject({ time: '10:00', zone: 'MEZ', offset: '+01:00' });
    expect(findDates('Kamis (24/10/2024) pukul 09.30 Wita')[0]).toMatchObject({ zone: 'WITA', offset: '+08:00' });
    expect(findDates('Oct 22, 2024 10:00 est')[0]).toMatchObject({ time: '10:00', zone: null, offset: null });
  });
});
