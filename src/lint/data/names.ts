/**
 * What a person's name is made of in Indonesian copy, as data for name-variant.
 *
 * Names are runs of capitalised words ("Heny Ermawati", "Anang Dwi Darwanto"). Honorifics
 * (H, Hj, HM, dr, Ir, Drs, Prof, KH) and academic titles (S.Pd, M.Si, SE, SH, MM) are not
 * Title-case words, so they never join a run: "H. Saidi Mansyur, S.Sos" and "Saidi Mansyur"
 * are the same two-word name. The words below break runs too: titles and offices standing
 * before a name, place and institution words, and calendar words.
 */
export const NOT_NAME_WORDS: readonly string[] = [
  // calendar
  'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Jum’at', 'Sabtu', 'Minggu', 'Ahad',
  'Januari', 'Februari', 'Pebruari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
  'November', 'Nopember', 'Desember', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'May', 'June', 'July', 'August', 'October', 'December',
  'Pukul', 'Tahun', 'Bulan', 'Pekan', 'Hari',
  // offices and forms of address before a name
  'Bapak', 'Ibu', 'Pak', 'Bu', 'Saudara', 'Sdr', 'Kak', 'Mas', 'Mbak', 'Bang', 'Ustadz', 'Ustaz', 'Kiai', 'Habib',
  'Presiden', 'Wakil', 'Menteri', 'Gubernur', 'Bupati', 'Wali', 'Walikota', 'Camat', 'Lurah', 'Kades', 'Sekda',
  'Kepala', 'Ketua', 'Sekretaris', 'Bendahara', 'Direktur', 'Kabid', 'Kasi', 'Kasubag', 'Kabag', 'Kadis',
  'Koordinator', 'Sub', 'Plt', 'Pj', 'Pjs', 'Anggota', 'Kapolres', 'Kapolsek', 'Kapolda', 'Dandim', 'Danrem',
  'Komandan', 'Pelatih', 'Koordinator', 'Staf', 'Humas', 'Juru', 'Bicara', 'Jubir', 'Warga', 'Pedagang',
  // places and institutions
  'Kabupaten', 'Kota', 'Kecamatan', 'Desa', 'Kelurahan', 'Provinsi', 'Dinas', 'Badan', 'Kantor', 'Balai', 'Gedung',
  'Jalan', 'Jl', 'Gang', 'Sungai', 'Danau', 'Gunung', 'Pulau', 'Pasar', 'Pelabuhan', 'Bandara', 'Terminal', 'Stadion',
  'Masjid', 'Rumah', 'Sakit', 'Puskesmas', 'Sekolah', 'Universitas', 'Bank', 'Pemkab', 'Pemkot', 'Pemprov',
  'Pemerintah', 'Pengadilan', 'Kejaksaan', 'Kementerian', 'Polres', 'Polsek', 'Polda', 'Kodim', 'Korem',
  // words that open sentences and headlines
  'Baca', 'Juga', 'Foto', 'Namun', 'Dalam', 'Pada', 'Saat', 'Selain', 'Untuk', 'Menurut', 'Sementara', 'Meski',
  'Kata', 'Ujar', 'Tak', 'Tidak', 'Sebelumnya', 'Kegiatan', 'Dijelaskan', 'Ditambahkan', 'Diketahui', 'Dari',
];

/** The smallest token that may differ between two spellings (shorter words differ too easily). */
export const MIN_VARIANT_TOKEN_LENGTH = 3;
/** Longest name run compared (tokens). */
export const MAX_NAME_TOKENS = 4;
