/** Small pure pieces of the extract stage: photo credits, datelines, initials. */
import { describe, expect, it } from 'vitest';
import { captionCredit } from '../src/extract/caption.js';
import { readDateline } from '../src/extract/dateline.js';
import { takeInitials } from '../src/extract/initials.js';

describe('captionCredit', () => {
  it.each([
    ['Jajaran DKISP di Balaikota Surakarta, Selasa (22/10/2023) siang. (Foto: DKISP Kabupaten Banjar)', 'DKISP Kabupaten Banjar'],
    ['Petani menanam padi. (Foto/Ist)', 'Ist'],
    ['Suasana rapat paripurna. (Dok. Humas DPRD)', 'Humas DPRD'],
    ['Warga mengungsi. (Istimewa)', 'Istimewa'],
    ['Presiden meninjau tol. Foto: ANTARA/Istimewa', 'ANTARA/Istimewa'],
    ['Banjir di Barabai. ANTARA FOTO/Bayu Pratama S', 'ANTARA FOTO/Bayu Pratama S'],
    ['Jembatan putus. (Ahmad/Katajari)', 'Ahmad/Katajari'],
    ['A man rides a donkey. Credit…Tyler Hicks/The New York Times', 'Tyler Hicks/The New York Times'],
    ['Sheikh Mohammed passes a Boeing 787. Natalie Naccache | Bloomberg | Getty Images', 'Natalie Naccache | Bloomberg | Getty Images'],
    ['Protesters marched on Sunday (Image: GETTY )', 'GETTY'],
  ])('%s → %s', (caption, credit) => {
    expect(captionCredit(caption)).toBe(credit);
  });

  it('a caption without a credit has none', () => {
    expect(captionCredit('Warga antre membeli beras di pasar murah, Selasa (12/11/2024).')).toBeNull();
    expect(captionCredit('Ketua DPRD (kiri) dan Wali Kota (kanan) berjabat tangan.')).toBeNull();
  });
});

describe('readDateline', () => {
  it('place and source: "MARTAPURA, Banjarpost.co.id – …"', () => {
    const d = readDateline('MARTAPURA, Banjarpost.co.id – Harga cabai naik, Senin (21/10/2024) pagi.', { year: 2024 });
    expect(d).toMatchObject({ place: 'MARTAPURA', source: 'Banjarpost.co.id', date: '2024-10-21', weekday: 'Senin', time: 'pagi' });
  });

  it('an English lead with a date but no place, outlet or weekday has no dateline', () => {
    expect(readDateline('In a joint statement published Oct. 25, the ministers said talks would go on.', { year: 2019 })).toBeNull();
  });

  it('an Indonesian lead with a weekday and date has one, even without a place', () => {
    expect(readDateline('Ribuan warga memadati alun-alun, Sabtu (9/11/2024) malam.', { year: 2024 })).toMatchObject({
      date: '2024-11-09',
      weekday: 'Sabtu',
      time: 'malam',
    });
  });

  it('a year missing from the lead comes from the publication year', () => {
    expect(readDateline('BANJARMASIN - Petugas menertibkan PKL, Senin (21/10) pagi.', { year: 2024 })).toMatchObject({
      place: 'BANJARMASIN',
      date: '2024-10-21',
    });
  });
});

describe('takeInitials', () => {
  it.each([
    ['Kegiatan diakhiri dengan foto bersama. (kjc)', 'kjc', 'Kegiatan diakhiri dengan foto bersama.'],
    ['Program ini berlanjut tahun depan. [adv/ad]', 'adv/ad', 'Program ini berlanjut tahun depan.'],
    ['(ant/jml)', 'ant/jml', ''],
  ])('%s', (paragraph, initials, rest) => {
    expect(takeInitials(paragraph)).toEqual({ initials, rest });
  });

  it('an acronym closing a sentence is not initials', () => {
    expect(takeInitials('Rapat dihadiri anggota dewan (DPRD)')).toBeNull();
    expect(takeInitials('Pertemuan digelar di Surakarta (Jateng).')).toBeNull();
  });
});
