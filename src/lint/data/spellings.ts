/**
 * Common words with two (or more) spellings in Indonesian news copy, as data for
 * spelling-variant: the standard (baku) form of the Kamus Besar Bahasa Indonesia (KBBI) first,
 * then the non-standard spellings KBBI lists as tidak baku (or that newsrooms write instead,
 * such as the Arabic-style "Ramadhan" and the split "Idul Fitri"). Either is understood; two in
 * one article is inconsistency. Weekday and month spellings (Jumat/Jum'at, Nopember) are left
 * to the date engine and never reported.
 */
export interface SpellingGroup {
  /** The KBBI standard form. */
  standard: string;
  /** Other spellings seen in copy. */
  variants: readonly string[];
}

export const SPELLING_GROUPS: readonly SpellingGroup[] = [
  // Religious and calendar words (KBBI forms; the variants follow Arabic transliteration)
  { standard: 'jemaah', variants: ['jamaah', "jama'ah"] },
  { standard: 'Ramadan', variants: ['Ramadhan'] },
  { standard: 'Idulfitri', variants: ['Idul Fitri', 'Iedul Fitri', 'Idul Fithri'] },
  { standard: 'Iduladha', variants: ['Idul Adha', 'Iedul Adha'] },
  { standard: 'silaturahmi', variants: ['silaturrahmi', 'silahturahmi'] },
  { standard: 'salat', variants: ['shalat', 'sholat'] },
  { standard: 'musala', variants: ['musholla', 'mushola', 'musalla', 'mushalla'] },
  { standard: 'azan', variants: ['adzan'] },
  { standard: 'ustaz', variants: ['ustadz'] },
  { standard: 'Alquran', variants: ['Al-Quran', "Al-Qur'an", 'Al Quran'] },
  { standard: 'hakikat', variants: ['hakekat'] },
  { standard: 'nasihat', variants: ['nasehat'] },
  // Loanwords and everyday words (KBBI baku / tidak baku)
  { standard: 'praktik', variants: ['praktek'] },
  { standard: 'apotek', variants: ['apotik'] },
  { standard: 'analisis', variants: ['analisa'] },
  { standard: 'risiko', variants: ['resiko'] },
  { standard: 'izin', variants: ['ijin'] },
  { standard: 'jadwal', variants: ['jadual'] },
  { standard: 'sistem', variants: ['sistim'] },
  { standard: 'kualitas', variants: ['kwalitas'] },
  { standard: 'frekuensi', variants: ['frekwensi'] },
  { standard: 'aktivitas', variants: ['aktifitas'] },
  { standard: 'kreativitas', variants: ['kreatifitas'] },
  { standard: 'provinsi', variants: ['propinsi'] },
  { standard: 'sekretaris', variants: ['sekertaris'] },
  { standard: 'ekstrem', variants: ['ekstrim'] },
  { standard: 'atlet', variants: ['atlit'] },
  { standard: 'objek', variants: ['obyek'] },
  { standard: 'subjek', variants: ['subyek'] },
  { standard: 'karier', variants: ['karir'] },
  { standard: 'cabai', variants: ['cabe'] },
  { standard: 'napas', variants: ['nafas'] },
  { standard: 'andal', variants: ['handal'] },
  { standard: 'hierarki', variants: ['hirarki'] },
  { standard: 'ijazah', variants: ['ijasah'] },
];

const GROUP_OF = new Map<string, number>();
SPELLING_GROUPS.forEach((g, i) => [g.standard, ...g.variants].forEach((s) => GROUP_OF.set(key(s), i)));

/** A spelling's key: lower case, apostrophes, hyphens and spaces as one space. */
export function spellingKey(s: string): string {
  return key(s);
}

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’]/g, "'")
    .replace(/[\s-]+/g, ' ');
}

/** The index of the group a spelling belongs to, or null. */
export function spellingGroupOf(word: string): number | null {
  return GROUP_OF.get(key(word)) ?? null;
}
