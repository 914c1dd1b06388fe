/**
 * Words that tell when an event happens relative to the report, as data. Indonesian has no
 * tense: these words are how copy says "already happened" or "is still to come".
 * Each list is compiled once into a whole-word, case-insensitive regex (see ../words.ts).
 */

/** The sentence reports something that already happened. */
export const PAST_MARKERS: readonly string[] = [
  'telah',
  'sudah',
  'lalu',
  'kemarin',
  'tadi',
  'silam',
  'sebelumnya',
  'yang lalu',
  'pekan lalu',
  'minggu lalu',
  'bulan lalu',
  'tahun lalu',
  'beberapa waktu lalu',
  'baru-baru ini',
  'last',
  'ago',
  'yesterday',
  'earlier',
];

/** The sentence announces, schedules or bounds something still to come. */
export const FUTURE_MARKERS: readonly string[] = [
  'akan',
  'bakal',
  'hendak',
  'rencana',
  'rencananya',
  'berencana',
  'direncanakan',
  'dijadwalkan',
  'terjadwal',
  'jadwal',
  'jadwalnya',
  'mendatang',
  'nanti',
  'nantinya',
  'esok',
  'besok',
  'lusa',
  'ke depan',
  'pekan depan',
  'minggu depan',
  'bulan depan',
  'tahun depan',
  'hingga',
  'sampai',
  's.d.',
  's/d',
  'batas',
  'paling lambat',
  'selambat-lambatnya',
  'mulai',
  'dimulai',
  'berlaku',
  'diharapkan',
  'undangan',
  'pendaftaran',
  'agenda',
  'will',
  'until',
  'upcoming',
  'next',
  'scheduled',
  'planned',
];

/**
 * A caption that says its photo is older than the story (an archive or illustration photo)
 * may carry an older date than the dateline.
 */
export const ARCHIVE_PHOTO_MARKERS: readonly string[] = [
  'arsip',
  'foto arsip',
  'dok arsip',
  'ilustrasi',
  'foto ilustrasi',
  'foto lama',
  'file photo',
  'archive',
  'beberapa waktu lalu',
  'tahun lalu',
  'silam',
  'kenangan',
];

/**
 * Words right after a date written without its year that say which way it lies from the
 * story: "pada 23 Maret lalu" is the latest 23 March on or before the dateline, "Senin (2/12)
 * mendatang" the first on or after it. Indonesian newsroom usage (KBBI: lalu, silam "yang
 * telah lewat"; mendatang, depan "yang akan datang").
 */
export const DATE_BACK_WORDS: readonly string[] = ['lalu', 'yang lalu', 'kemarin', 'sebelumnya', 'silam', 'yang silam'];
export const DATE_FORWARD_WORDS: readonly string[] = ['mendatang', 'yang akan datang', 'depan', 'nanti', 'nantinya', 'yang akan'];

/**
 * Labels of the staff credit lines Indonesian newsrooms print under an article ("Pewarta:
 * Rina / Editor: Budi" at Antara, "Penulis: … Editor: …" at Kompas and Tribun, "Reporter: …
 * Redaktur: …" at Detik and regional dailies). In a draft's text they are chrome left by
 * copy-paste, wherever they stand: a line of its own, or glued under a paragraph's last sentence.
 */
export const STAFF_LABELS: readonly string[] = ['Editor', 'Penulis', 'Pewarta', 'Reporter', 'Redaktur', 'Penyunting', 'Wartawan', 'Fotografer', 'Kontributor'];
