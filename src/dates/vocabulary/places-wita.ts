// The provinces of Bali, Nusa Tenggara, Kalimantan Selatan, Timur and Utara, Sulawesi: Waktu Indonesia Tengah, UTC+8.
// Part of the gazetteer in places-id.ts (its header says where the entries come from).
import type { Province } from './province.js';

// A table: one province per block, its places packed as the sources list them (not one per line).
// prettier-ignore
export const PROVINCES_WITA: readonly Province[] = [
  // ───────────────────────── Bali, Nusa Tenggara (WITA) ─────────────────────────
  {
    name: 'Bali',
    aliases: [],
    zone: 'WITA',
    places: [
      // kota
      'Denpasar',
      // kabupaten
      'Badung', 'Bangli', 'Buleleng', 'Gianyar', 'Jembrana', 'Karangasem', 'Klungkung', 'Tabanan',
      // seats
      'Mangupura', 'Singaraja', 'Negara', 'Amlapura', 'Semarapura',
    ],
  },
  {
    name: 'Nusa Tenggara Barat',
    aliases: ['NTB', 'West Nusa Tenggara'],
    zone: 'WITA',
    places: [
      // kota
      'Bima', 'Mataram',
      // kabupaten (Bima also kota)
      'Dompu', 'Lombok Barat', 'Lombok Tengah', 'Lombok Timur', 'Lombok Utara', 'Sumbawa',
      'Sumbawa Barat',
      // seats
      'Woha', 'Gerung', 'Praya', 'Selong', 'Tanjung', 'Sumbawa Besar', 'Taliwang',
      // short forms
      'Lobar', 'Loteng', 'Lotim', 'KLU', 'KSB',
    ],
  },
  {
    name: 'Nusa Tenggara Timur',
    aliases: ['NTT', 'East Nusa Tenggara'],
    zone: 'WITA',
    places: [
      // kota
      'Kupang',
      // kabupaten (Kupang also kota)
      'Alor', 'Belu', 'Ende', 'Flores Timur', 'Lembata', 'Malaka', 'Manggarai', 'Manggarai Barat',
      'Manggarai Timur', 'Nagekeo', 'Ngada', 'Rote Ndao', 'Sabu Raijua', 'Sikka', 'Sumba Barat',
      'Sumba Barat Daya', 'Sumba Tengah', 'Sumba Timur', 'Timor Tengah Selatan',
      'Timor Tengah Utara',
      // seats
      'Kalabahi', 'Atambua', 'Larantuka', 'Oelamasi', 'Lewoleba', 'Betun', 'Ruteng',
      'Labuan Bajo', 'Borong', 'Mbay', 'Bajawa', "Ba'a", 'Menia', 'Maumere', 'Waikabubak',
      'Tambolaka', 'Waibakul', 'Waingapu', 'Soe', 'Kefamenanu',
      // other towns, short forms
      'Seba', 'Rote', 'Flotim', 'Mabar', 'Matim', 'TTS', 'TTU',
    ],
  },
  {
    name: 'Kalimantan Selatan',
    aliases: ['Kalsel', 'South Kalimantan'],
    zone: 'WITA',
    places: [
      // kota
      'Banjarbaru', 'Banjarmasin',
      // kabupaten
      'Balangan', 'Banjar', 'Barito Kuala', 'Hulu Sungai Selatan', 'Hulu Sungai Tengah',
      'Hulu Sungai Utara', 'Kotabaru', 'Tabalong', 'Tanah Bumbu', 'Tanah Laut', 'Tapin',
      // seats
      'Paringin', 'Martapura', 'Marabahan', 'Kandangan', 'Barabai', 'Amuntai', 'Tanjung',
      'Batulicin', 'Pelaihari', 'Rantau',
      // other spellings, short forms
      'Pleihari', 'Batola', 'HSS', 'HST', 'HSU', 'Tanbu', 'Tala',
    ],
  },
  {
    name: 'Kalimantan Timur',
    aliases: ['Kaltim', 'East Kalimantan'],
    zone: 'WITA',
    places: [
      // kota
      'Balikpapan', 'Bontang', 'Samarinda',
      // kabupaten
      'Berau', 'Kutai Barat', 'Kutai Kartanegara', 'Kutai Timur', 'Mahakam Ulu', 'Paser',
      'Penajam Paser Utara',
      // seats
      'Tanjung Redeb', 'Sendawar', 'Tenggarong', 'Sangatta', 'Ujoh Bilang', 'Tanah Grogot',
      'Penajam',
      // other names, short forms
      'Ibu Kota Nusantara', 'IKN', 'Kubar', 'Kukar', 'Kutim', 'Mahulu', 'PPU',
    ],
  },
  {
    name: 'Kalimantan Utara',
    aliases: ['Kaltara', 'North Kalimantan'],
    zone: 'WITA',
    places: [
      // kota
      'Tarakan',
      // kabupaten
      'Bulungan', 'Malinau', 'Nunukan', 'Tana Tidung',
      // seats
      'Tanjung Selor', 'Tideng Pale',
    ],
  },
  // ───────────────────────────── Sulawesi (WITA) ─────────────────────────────
  {
    name: 'Sulawesi Utara',
    aliases: ['Sulut', 'North Sulawesi'],
    zone: 'WITA',
    places: [
      // kota
      'Bitung', 'Kotamobagu', 'Manado', 'Tomohon',
      // kabupaten
      'Bolaang Mongondow', 'Bolaang Mongondow Selatan', 'Bolaang Mongondow Timur',
      'Bolaang Mongondow Utara', 'Kepulauan Sangihe', 'Kepulauan Siau Tagulandang Biaro',
      'Kepulauan Talaud', 'Minahasa', 'Minahasa Selatan', 'Minahasa Tenggara', 'Minahasa Utara',
      // seats
      'Lolak', 'Bolaang Uki', 'Tutuyan', 'Boroko', 'Tahuna', 'Ondong Siau', 'Melonguane',
      'Tondano', 'Amurang', 'Ratahan', 'Airmadidi',
      // other spellings, short forms
      'Menado', 'Bolmong', 'Bolsel', 'Boltim', 'Bolmut', 'Sangihe', 'Sitaro', 'Talaud', 'Minsel',
      'Mitra', 'Minut',
    ],
  },
  {
    name: 'Gorontalo',
    aliases: [],
    zone: 'WITA',
    places: [
      // kota
      'Gorontalo',
      // kabupaten (Gorontalo also kota)
      'Boalemo', 'Bone Bolango', 'Gorontalo Utara', 'Pohuwato',
      // seats
      'Tilamuta', 'Suwawa', 'Limboto', 'Kwandang', 'Marisa',
      // short forms
      'Bonebol', 'Gorut',
    ],
  },
  {
    name: 'Sulawesi Tengah',
    aliases: ['Sulteng', 'Central Sulawesi'],
    zone: 'WITA',
    places: [
      // kota
      'Palu',
      // kabupaten
      'Banggai', 'Banggai Kepulauan', 'Banggai Laut', 'Buol', 'Donggala', 'Morowali',
      'Morowali Utara', 'Parigi Moutong', 'Poso', 'Sigi', 'Tojo Una-Una', 'Tolitoli',
      // seats (Banggai: seat of Banggai Laut)
      'Luwuk', 'Salakan', 'Banawa', 'Bungku', 'Kolonodale', 'Parigi', 'Sigi Biromaru', 'Ampana',
      // short forms
      'Bangkep', 'Balut', 'Morut', 'Parimo', 'Touna',
    ],
  },
  {
    name: 'Sulawesi Barat',
    aliases: ['Sulbar', 'West Sulawesi'],
    zone: 'WITA',
    places: [
      // kabupaten (no kota)
      'Majene', 'Mamasa', 'Mamuju', 'Mamuju Tengah', 'Pasangkayu', 'Polewali Mandar',
      // seats
      'Tobadak', 'Polewali',
      // former names, short forms
      'Mamuju Utara', 'Mateng', 'Polman',
    ],
  },
  {
    name: 'Sulawesi Selatan',
    aliases: ['Sulsel', 'South Sulawesi'],
    zone: 'WITA',
    places: [
      // kota
      'Makassar', 'Palopo', 'Parepare',
      // kabupaten
      'Bantaeng', 'Barru', 'Bone', 'Bulukumba', 'Enrekang', 'Gowa', 'Jeneponto',
      'Kepulauan Selayar', 'Luwu', 'Luwu Timur', 'Luwu Utara', 'Maros',
      'Pangkajene dan Kepulauan', 'Pinrang', 'Sidenreng Rappang', 'Sinjai', 'Soppeng', 'Takalar',
      'Tana Toraja', 'Toraja Utara', 'Wajo',
      // seats (Pangkajene: seat of both Pangkep and Sidrap)
      'Watampone', 'Sungguminasa', 'Bontosunggu', 'Benteng', 'Belopa', 'Malili', 'Masamba',
      'Pangkajene', 'Pangkajene Sidenreng', 'Watansoppeng', 'Pattallassang', 'Makale',
      'Rantepao', 'Sengkang',
      // former names, short forms
      'Ujung Pandang', 'Selayar', 'Pangkep', 'Sidrap', 'Lutim', 'Lutra', 'Toraja', 'Torut',
    ],
  },
  {
    name: 'Sulawesi Tenggara',
    aliases: ['Sultra', 'Southeast Sulawesi'],
    zone: 'WITA',
    places: [
      // kota
      'Baubau', 'Bau-Bau', 'Kendari',
      // kabupaten
      'Bombana', 'Buton', 'Buton Selatan', 'Buton Tengah', 'Buton Utara', 'Kolaka',
      'Kolaka Timur', 'Kolaka Utara', 'Konawe', 'Konawe Kepulauan', 'Konawe Selatan',
      'Konawe Utara', 'Muna', 'Muna Barat', 'Wakatobi',
      // seats
      'Rumbia', 'Pasarwajo', 'Batauga', 'Labungkari', 'Buranga', 'Tirawuta', 'Lasusua', 'Unaaha',
      'Langara', 'Andoolo', 'Wanggudu', 'Raha', 'Laworo', 'Wangi-Wangi',
      // other towns (Ereke: Buton Utara's working centre), short forms
      'Ereke', 'Busel', 'Buteng', 'Butur', 'Koltim', 'Kolut', 'Konkep', 'Konsel', 'Konut', 'Mubar',
    ],
  },
];
