/**
 * Head-of-office titles and the offices they head, as data for name-variant. In Indonesian
 * copy a title abbreviation stands before a name or an office ("Kajari Banjar", "Kapolres
 * Banjar AKBP …") and the office's own abbreviation elsewhere ("Kejari Banjar"): the two are
 * one letter or two apart, but a title and its office are never one name spelled two ways.
 *
 * Where they come from: the Kepala + unit abbreviations of the organisation of the
 * prosecution service (Kejaksaan RI: Kejaksaan Tinggi/Negeri, Cabang Kejaksaan Negeri), the
 * police (Polri: Kepolisian Daerah/Resor/Sektor and their Satuan, Unit, Pos), the regional
 * government units (perangkat daerah: Dinas, Badan, Bidang, Bagian, Seksi, Subbagian), the
 * ministries' regional offices (Kantor Wilayah, Kantor), corrections (Lembaga Pemasyarakatan,
 * Rumah Tahanan) and the army's territorial commands (TNI AD: Kodam, Korem, Kodim, Koramil),
 * as regional news writes them.
 */
export interface TitleOffice {
  /** The head's title: "Kajari" (Kepala Kejaksaan Negeri). */
  title: string;
  /** The office it heads: "Kejari" (Kejaksaan Negeri); null when only the title is an abbreviation. */
  office: string | null;
  /** What the title stands for. */
  means: string;
}

export const TITLE_OFFICES: readonly TitleOffice[] = [
  // Kejaksaan RI
  { title: 'Kajati', office: 'Kejati', means: 'Kepala Kejaksaan Tinggi' },
  { title: 'Kajari', office: 'Kejari', means: 'Kepala Kejaksaan Negeri' },
  { title: 'Kacabjari', office: 'Cabjari', means: 'Kepala Cabang Kejaksaan Negeri' },
  // Polri
  { title: 'Kapolri', office: 'Polri', means: 'Kepala Kepolisian Negara Republik Indonesia' },
  { title: 'Kapolda', office: 'Polda', means: 'Kepala Kepolisian Daerah' },
  { title: 'Kapolresta', office: 'Polresta', means: 'Kepala Kepolisian Resor Kota' },
  { title: 'Kapolrestabes', office: 'Polrestabes', means: 'Kepala Kepolisian Resor Kota Besar' },
  { title: 'Kapolres', office: 'Polres', means: 'Kepala Kepolisian Resor' },
  { title: 'Kapolsek', office: 'Polsek', means: 'Kepala Kepolisian Sektor' },
  { title: 'Kapospol', office: 'Pospol', means: 'Kepala Pos Polisi' },
  { title: 'Kasat', office: 'Satuan', means: 'Kepala Satuan' },
  { title: 'Kasatreskrim', office: 'Satreskrim', means: 'Kepala Satuan Reserse Kriminal' },
  { title: 'Kasatresnarkoba', office: 'Satresnarkoba', means: 'Kepala Satuan Reserse Narkoba' },
  { title: 'Kasatnarkoba', office: 'Satnarkoba', means: 'Kepala Satuan Narkoba' },
  { title: 'Kasatlantas', office: 'Satlantas', means: 'Kepala Satuan Lalu Lintas' },
  { title: 'Kasatsabhara', office: 'Satsabhara', means: 'Kepala Satuan Sabhara' },
  { title: 'Kasatbinmas', office: 'Satbinmas', means: 'Kepala Satuan Pembinaan Masyarakat' },
  { title: 'Kasatintelkam', office: 'Satintelkam', means: 'Kepala Satuan Intelijen Keamanan' },
  { title: 'Kasatpolairud', office: 'Satpolairud', means: 'Kepala Satuan Polisi Perairan dan Udara' },
  { title: 'Kanit', office: 'Unit', means: 'Kepala Unit' },
  // Perangkat daerah
  { title: 'Kadis', office: 'Dinas', means: 'Kepala Dinas' },
  { title: 'Kadin', office: 'Dinas', means: 'Kepala Dinas' },
  { title: 'Kaban', office: 'Badan', means: 'Kepala Badan' },
  { title: 'Kalak', office: 'Pelaksana', means: 'Kepala Pelaksana (BPBD)' },
  { title: 'Kabid', office: 'Bidang', means: 'Kepala Bidang' },
  { title: 'Kabag', office: 'Bagian', means: 'Kepala Bagian' },
  { title: 'Kasubag', office: 'Subbagian', means: 'Kepala Subbagian' },
  { title: 'Kasubbag', office: 'Subbagian', means: 'Kepala Subbagian' },
  { title: 'Kasubbid', office: 'Subbidang', means: 'Kepala Subbidang' },
  { title: 'Kasi', office: 'Seksi', means: 'Kepala Seksi' },
  { title: 'Kasie', office: 'Seksi', means: 'Kepala Seksi' },
  { title: 'Kades', office: 'Desa', means: 'Kepala Desa' },
  // Kementerian: regional and local offices
  { title: 'Kakanwil', office: 'Kanwil', means: 'Kepala Kantor Wilayah' },
  { title: 'Kakan', office: 'Kantor', means: 'Kepala Kantor' },
  { title: 'Kakankemenag', office: 'Kankemenag', means: 'Kepala Kantor Kementerian Agama' },
  // Pemasyarakatan
  { title: 'Kalapas', office: 'Lapas', means: 'Kepala Lembaga Pemasyarakatan' },
  { title: 'Karutan', office: 'Rutan', means: 'Kepala Rumah Tahanan Negara' },
  // TNI AD territorial commands
  { title: 'Pangdam', office: 'Kodam', means: 'Panglima Komando Daerah Militer' },
  { title: 'Danrem', office: 'Korem', means: 'Komandan Komando Resor Militer' },
  { title: 'Dandim', office: 'Kodim', means: 'Komandan Komando Distrik Militer' },
  { title: 'Danramil', office: 'Koramil', means: 'Komandan Komando Rayon Militer' },
];

/** Every title and office word of the table. */
export const TITLE_WORDS: readonly string[] = [...new Set(TITLE_OFFICES.flatMap((t) => (t.office ? [t.title, t.office] : [t.title])))];
