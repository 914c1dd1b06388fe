/**
 * Short names Indonesian regional offices go by, as data for name-variant's institution
 * check. Each family lists spellings of the same kind of office; two different spellings
 * naming the same region ("Diskominfo SP Kota Surakarta" / "Kominfo SP Kota Surakarta") are
 * variants. Full names ("Dinas Kesehatan") are not listed: writing the full name once and the
 * short one after is house style, not a variant.
 */
export interface InstitutionFamily {
  /** What the office is, for the message. */
  name: string;
  /** Spellings, matched as whole words, case-sensitive. */
  spellings: readonly string[];
}

export const INSTITUTION_FAMILIES: readonly InstitutionFamily[] = [
  {
    name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian',
    spellings: [
      'DKISP',
      'Diskominfo SP',
      'Diskominfosp',
      'Dinkominfo SP',
      'Kominfo SP',
      'Diskominfo Statistik dan Persandian',
      'Diskominfotiksan',
      'Diskominfostandi',
    ],
  },
  { name: 'Dinas Komunikasi dan Informatika', spellings: ['Diskominfo', 'Dinkominfo', 'Dinas Kominfo', 'Kominfo'] },
  { name: 'Dinas Kesehatan', spellings: ['Dinkes', 'Diskes'] },
  { name: 'Dinas Pendidikan', spellings: ['Disdik', 'Dindik', 'Dispendik', 'Diknas'] },
  { name: 'Dinas Kependudukan dan Pencatatan Sipil', spellings: ['Disdukcapil', 'Dukcapil', 'Dispendukcapil'] },
  { name: 'Dinas Perhubungan', spellings: ['Dishub', 'Dinhub'] },
  { name: 'Dinas Sosial', spellings: ['Dinsos', 'Dissos'] },
  { name: 'Satuan Polisi Pamong Praja', spellings: ['Satpol PP', 'Sat Pol PP', 'Pol PP'] },
];

/** Words that may stand between the office and its region: "Diskominfo SP Kota Surakarta". */
export const REGION_WORDS: readonly string[] = ['Kabupaten', 'Kab.', 'Kab', 'Kota', 'Provinsi', 'Prov.', 'Prov'];

/**
 * Words that open an office's full name, before an acronym in parentheses introduces its short
 * name: "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Banjar". From the names of
 * regional government units (perangkat daerah: dinas, badan, kantor, bagian, satuan, inspektorat,
 * sekretariat) and the vertical offices seen in regional news (balai, kantor wilayah).
 */
export const OFFICE_HEAD_WORDS: readonly string[] = [
  'Dinas',
  'Badan',
  'Kantor',
  'Bagian',
  'Biro',
  'Satuan',
  'Sekretariat',
  'Inspektorat',
  'Balai',
  'Lembaga',
  'Komisi',
  'Unit',
];
