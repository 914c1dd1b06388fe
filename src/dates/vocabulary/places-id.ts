// A gazetteer of Indonesia as data: the 38 provinces, each with its time zone and the names a
// dateline may print for a place in it ("BANJARMASIN, Katajari.com –", "MARTAPURA –").
//
// Source: public knowledge of Indonesia's administrative divisions — the provinces, their
// kabupaten (regencies) and kota (cities), and the seat town (ibu kota) of each kabupaten as set
// by the law that formed it or a later law moving it — written out by hand for this project,
// not copied or derived from any packaged area database.
// Zones follow provinces: Keppres 41/1987 (WIB UTC+7, WITA UTC+8, WIT UTC+9), extended to the
// provinces formed since (Banten, Babel, Kepri, Gorontalo, Sulbar, Malut, Kaltara, and the Papua
// provinces of 2003 and 2022).
//
// Layout per province: kota, then kabupaten (a name that is both a kota and a kabupaten is
// listed once), then kabupaten seats, then other spellings, former names and short forms used in
// news copy. The lookup ignores case, spaces, hyphens, dots and apostrophes, so 'Palangkaraya'
// and 'Palangka Raya' match the same entry; a few such pairs are listed anyway because news copy
// writes both. A name found in several provinces is kept in each (Martapura, Banjar, Parigi,
// Tanjung): the lookup decides. Seats that are uncertain or only planned are left out.

import type { Zone } from '../calendar.js';

export interface Province {
  /** Official name, e.g. 'Kalimantan Selatan'. */
  readonly name: string;
  /** Other ways news copy names it: 'Kalsel'. */
  readonly aliases: readonly string[];
  readonly zone: Zone;
  /** Kabupaten and kota names without the 'Kabupaten'/'Kota' prefix, and kabupaten seat towns: 'Banjar', 'Banjarmasin', 'Banjarbaru', 'Martapura', … (plus a few well-known spellings, former names and short forms). */
  readonly places: readonly string[];
}

export const PROVINCES: readonly Province[] = Object.freeze([
  // ───────────────────────────── Sumatra (WIB) ─────────────────────────────
  {
    name: 'Aceh',
    aliases: ['Nanggroe Aceh Darussalam', 'NAD'],
    zone: 'WIB',
    places: [
      // kota
      'Banda Aceh', 'Langsa', 'Lhokseumawe', 'Sabang', 'Subulussalam',
      // kabupaten
      'Aceh Barat', 'Aceh Barat Daya', 'Aceh Besar', 'Aceh Jaya', 'Aceh Selatan', 'Aceh Singkil',
      'Aceh Tamiang', 'Aceh Tengah', 'Aceh Tenggara', 'Aceh Timur', 'Aceh Utara', 'Bener Meriah',
      'Bireuen', 'Gayo Lues', 'Nagan Raya', 'Pidie', 'Pidie Jaya', 'Simeulue',
      // seats
      'Meulaboh', 'Blangpidie', 'Jantho', 'Kota Jantho', 'Calang', 'Tapaktuan', 'Singkil',
      'Karang Baru', 'Takengon', 'Kutacane', 'Idi', 'Idi Rayeuk', 'Lhoksukon',
      'Simpang Tiga Redelong', 'Redelong', 'Blangkejeren', 'Suka Makmue', 'Sigli', 'Meureudu',
      'Sinabang',
      // short forms
      'Abdya',
    ],
  },
  {
    name: 'Sumatera Utara',
    aliases: ['Sumatra Utara', 'Sumut', 'North Sumatra'],
    zone: 'WIB',
    places: [
      // kota
      'Binjai', 'Gunungsitoli', 'Medan', 'Padangsidimpuan', 'Pematangsiantar', 'Sibolga',
      'Tanjungbalai', 'Tebing Tinggi',
      // kabupaten
      'Asahan', 'Batu Bara', 'Dairi', 'Deli Serdang', 'Humbang Hasundutan', 'Karo', 'Labuhanbatu',
      'Labuhanbatu Selatan', 'Labuhanbatu Utara', 'Langkat', 'Mandailing Natal', 'Nias',
      'Nias Barat', 'Nias Selatan', 'Nias Utara', 'Padang Lawas', 'Padang Lawas Utara',
      'Pakpak Bharat', 'Samosir', 'Serdang Bedagai', 'Simalungun', 'Tapanuli Selatan',
      'Tapanuli Tengah', 'Tapanuli Utara', 'Toba',
      // seats
      'Kisaran', 'Lima Puluh', 'Sidikalang', 'Lubuk Pakam', 'Dolok Sanggul', 'Kabanjahe',
      'Rantauprapat', 'Kotapinang', 'Aek Kanopan', 'Stabat', 'Panyabungan', 'Gido', 'Lahomi',
      'Teluk Dalam', 'Lotu', 'Sibuhuan', 'Gunung Tua', 'Salak', 'Pangururan', 'Sei Rampah',
      'Pematang Raya', 'Pamatang Raya', 'Sipirok', 'Pandan', 'Tarutung', 'Balige',
      // other spellings, former names, short forms
      'Padangsidempuan', 'Siantar', 'Toba Samosir', 'Tobasa', 'Madina', 'Palas', 'Paluta',
      'Labusel', 'Labura', 'Sergai', 'Humbahas', 'Tapsel', 'Tapteng', 'Taput',
    ],
  },
  {
    name: 'Sumatera Barat',
    aliases: ['Sumatra Barat', 'Sumbar', 'West Sumatra'],
    zone: 'WIB',
    places: [
      // kota
      'Bukittinggi', 'Padang', 'Padang Panjang', 'Pariaman', 'Payakumbuh', 'Sawahlunto', 'Solok',
      // kabupaten (Solok also a kota)
      'Agam', 'Dharmasraya', 'Kepulauan Mentawai', 'Lima Puluh Kota', 'Padang Pariaman', 'Pasaman',
      'Pasaman Barat', 'Pesisir Selatan', 'Sijunjung', 'Solok Selatan', 'Tanah Datar',
      // seats
      'Lubuk Basung', 'Pulau Punjung', 'Tuapejat', 'Sarilamak', 'Parit Malintang',
      'Lubuk Sikaping', 'Simpang Empat', 'Painan', 'Muaro Sijunjung', 'Arosuka', 'Padang Aro',
      'Batusangkar',
      // short forms
      'Mentawai', 'Pasbar', 'Pessel', 'Solsel',
    ],
  },
  {
    name: 'Riau',
    aliases: [],
    zone: 'WIB',
    places: [
      // kota
      'Dumai', 'Pekanbaru',
      // kabupaten
      'Bengkalis', 'Indragiri Hilir', 'Indragiri Hulu', 'Kampar', 'Kepulauan Meranti',
      'Kuantan Singingi', 'Pelalawan', 'Rokan Hilir', 'Rokan Hulu', 'Siak',
      // seats
      'Tembilahan', 'Rengat', 'Bangkinang', 'Selatpanjang', 'Teluk Kuantan', 'Pangkalan Kerinci',
      'Bagansiapiapi', 'Pasir Pengaraian', 'Siak Sri Indrapura',
      // short forms
      'Meranti', 'Inhil', 'Inhu', 'Kuansing', 'Rohil', 'Rohul',
    ],
  },
  {
    name: 'Kepulauan Riau',
    aliases: ['Kepri', 'Riau Islands'],
    zone: 'WIB',
    places: [
      // kota
      'Batam', 'Tanjungpinang', 'Tanjung Pinang',
      // kabupaten
      'Bintan', 'Karimun', 'Kepulauan Anambas', 'Lingga', 'Natuna',
      // seats
      'Bandar Seri Bentan', 'Tanjung Balai Karimun', 'Tarempa', 'Daik', 'Ranai',
      // short forms
      'Anambas',
    ],
  },
  {
    name: 'Jambi',
    aliases: [],
    zone: 'WIB',
    places: [
      // kota
      'Jambi', 'Sungai Penuh',
      // kabupaten
      'Batanghari', 'Bungo', 'Kerinci', 'Merangin', 'Muaro Jambi', 'Sarolangun',
      'Tanjung Jabung Barat', 'Tanjung Jabung Timur', 'Tebo',
      // seats
      'Muara Bulian', 'Muara Bungo', 'Siulak', 'Bangko', 'Sengeti', 'Kuala Tungkal', 'Muara Sabak',
      'Muara Tebo',
      // short forms
      'Tanjabbar', 'Tanjabtim',
    ],
  },
  {
    name: 'Sumatera Selatan',
    aliases: ['Sumatra Selatan', 'Sumsel', 'South Sumatra'],
    zone: 'WIB',
    places: [
      // kota
      'Lubuklinggau', 'Pagar Alam', 'Palembang', 'Prabumulih',
      // kabupaten
      'Banyuasin', 'Empat Lawang', 'Lahat', 'Muara Enim', 'Musi Banyuasin', 'Musi Rawas',
      'Musi Rawas Utara', 'Ogan Ilir', 'Ogan Komering Ilir', 'Ogan Komering Ulu',
      'Ogan Komering Ulu Selatan', 'Ogan Komering Ulu Timur', 'Penukal Abab Lematang Ilir',
      // seats
      'Pangkalan Balai', 'Tebing Tinggi', 'Sekayu', 'Muara Beliti', 'Rupit', 'Indralaya',
      'Kayu Agung', 'Baturaja', 'Muaradua', 'Martapura', 'Talang Ubi',
      // other spellings, short forms
      'Inderalaya', 'OKI', 'OKU', 'OKU Selatan', 'OKU Timur', 'PALI', 'Muba', 'Mura', 'Muratara',
    ],
  },
  {
    name: 'Kepulauan Bangka Belitung',
    aliases: ['Bangka Belitung', 'Babel', 'Bangka Belitung Islands'],
    zone: 'WIB',
    places: [
      // kota
      'Pangkalpinang', 'Pangkal Pinang',
      // kabupaten
      'Bangka', 'Bangka Barat', 'Bangka Selatan', 'Bangka Tengah', 'Belitung', 'Belitung Timur',
      // seats
      'Sungailiat', 'Muntok', 'Mentok', 'Toboali', 'Koba', 'Tanjung Pandan', 'Manggar',
    ],
  },
  {
    name: 'Bengkulu',
    aliases: [],
    zone: 'WIB',
    places: [
      // kota
      'Bengkulu',
      // kabupaten
      'Bengkulu Selatan', 'Bengkulu Tengah', 'Bengkulu Utara', 'Kaur', 'Kepahiang', 'Lebong',
      'Mukomuko', 'Rejang Lebong', 'Seluma',
      // seats
      'Manna', 'Karang Tinggi', 'Arga Makmur', 'Bintuhan', 'Tubei', 'Curup', 'Tais',
      // other towns (Muara Aman: Lebong's main town, often taken for its seat)
      'Muara Aman',
    ],
  },
  {
    name: 'Lampung',
    aliases: [],
    zone: 'WIB',
    places: [
      // kota
      'Bandar Lampung', 'Metro',
      // kabupaten
      'Lampung Barat', 'Lampung Selatan', 'Lampung Tengah', 'Lampung Timur', 'Lampung Utara',
      'Mesuji', 'Pesawaran', 'Pesisir Barat', 'Pringsewu', 'Tanggamus', 'Tulang Bawang',
      'Tulang Bawang Barat', 'Way Kanan',
      // seats
      'Liwa', 'Kalianda', 'Gunung Sugih', 'Sukadana', 'Kotabumi', 'Gedong Tataan', 'Krui',
      'Kota Agung', 'Menggala', 'Panaragan', 'Blambangan Umpu',
      // other names, short forms
      'Tanjung Karang', 'Teluk Betung', 'Lambar', 'Lamsel', 'Lamteng', 'Lamtim', 'Lampura',
      'Pesibar', 'Tuba', 'Tubaba',
    ],
  },

  // ───────────────────────────── Java (WIB) ─────────────────────────────
  {
    name: 'Banten',
    aliases: [],
    zone: 'WIB',
    places: [
      // kota
      'Cilegon', 'Serang', 'Tangerang', 'Tangerang Selatan',
      // kabupaten (Serang, Tangerang also kota)
      'Lebak', 'Pandeglang',
      // seats
      'Rangkasbitung', 'Ciruas', 'Tigaraksa',
      // short forms
      'Tangsel',
    ],
  },
  {
    name: 'DKI Jakarta',
    aliases: ['Jakarta', 'DKI', 'Daerah Khusus Jakarta', 'Daerah Khusus Ibukota Jakarta'],
    zone: 'WIB',
    places: [
      // kota administrasi
      'Jakarta Barat', 'Jakarta Pusat', 'Jakarta Selatan', 'Jakarta Timur', 'Jakarta Utara',
      // kabupaten administrasi
      'Kepulauan Seribu',
      // seat
      'Pulau Pramuka',
      // short forms
      'Jakbar', 'Jakpus', 'Jaksel', 'Jaktim', 'Jakut',
    ],
  },
  {
    name: 'Jawa Barat',
    aliases: ['Jabar', 'West Java'],
    zone: 'WIB',
    places: [
      // kota
      'Bandung', 'Banjar', 'Bekasi', 'Bogor', 'Cimahi', 'Cirebon', 'Depok', 'Sukabumi',
      'Tasikmalaya',
      // kabupaten (Bandung, Bekasi, Bogor, Cirebon, Sukabumi, Tasikmalaya also kota)
      'Bandung Barat', 'Ciamis', 'Cianjur', 'Garut', 'Indramayu', 'Karawang', 'Kuningan',
      'Majalengka', 'Pangandaran', 'Purwakarta', 'Subang', 'Sumedang',
      // seats
      'Soreang', 'Ngamprah', 'Cikarang', 'Cibinong', 'Sumber', 'Parigi', 'Palabuhanratu',
      'Pelabuhan Ratu', 'Singaparna',
      // other places (Puncak, Bogor: a common dateline that is also Kabupaten Puncak, Papua Tengah)
      'Puncak',
    ],
  },
  {
    name: 'Jawa Tengah',
    aliases: ['Jateng', 'Central Java'],
    zone: 'WIB',
    places: [
      // kota
      'Magelang', 'Pekalongan', 'Salatiga', 'Semarang', 'Surakarta', 'Tegal',
      // kabupaten (Magelang, Pekalongan, Semarang, Tegal also kota)
      'Banjarnegara', 'Banyumas', 'Batang', 'Blora', 'Boyolali', 'Brebes', 'Cilacap', 'Demak',
      'Grobogan', 'Jepara', 'Karanganyar', 'Kebumen', 'Kendal', 'Klaten', 'Kudus', 'Pati',
      'Pemalang', 'Purbalingga', 'Purworejo', 'Rembang', 'Sragen', 'Sukoharjo', 'Temanggung',
      'Wonogiri', 'Wonosobo',
      // seats
      'Purwokerto', 'Purwodadi', 'Mungkid', 'Kota Mungkid', 'Kajen', 'Ungaran', 'Slawi',
      // other names
      'Solo',
    ],
  },
  {
    name: 'DI Yogyakarta',
    aliases: ['DIY', 'Daerah Istimewa Yogyakarta', 'Special Region of Yogyakarta'],
    zone: 'WIB',
    places: [
      // kota
      'Yogyakarta',
      // kabupaten
      'Bantul', 'Gunungkidul', 'Kulon Progo', 'Sleman',
      // seats
      'Wonosari', 'Wates',
      // other spellings
      'Jogja', 'Jogjakarta', 'Yogya',
    ],
  },
  {
    name: 'Jawa Timur',
    aliases: ['Jatim', 'East Java'],
    zone: 'WIB',
    places: [
      // kota
      'Batu', 'Blitar', 'Kediri', 'Madiun', 'Malang', 'Mojokerto', 'Pasuruan', 'Probolinggo',
      'Surabaya',
      // kabupaten (Blitar, Kediri, Madiun, Malang, Mojokerto, Pasuruan, Probolinggo also kota)
      'Bangkalan', 'Banyuwangi', 'Bojonegoro', 'Bondowoso', 'Gresik', 'Jember', 'Jombang',
      'Lamongan', 'Lumajang', 'Magetan', 'Nganjuk', 'Ngawi', 'Pacitan', 'Pamekasan', 'Ponorogo',
      'Sampang', 'Sidoarjo', 'Situbondo', 'Sumenep', 'Trenggalek', 'Tuban', 'Tulungagung',
      // seats (Ngasem/Pamenang: Kab. Kediri since 2023; Mojosari: Kab. Mojokerto's designated seat)
      'Kanigoro', 'Ngasem', 'Pamenang', 'Caruban', 'Mejayan', 'Kepanjen', 'Mojosari', 'Bangil',
      'Kraksaan',
    ],
  },

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

  // ───────────────────────────── Kalimantan ─────────────────────────────
  {
    name: 'Kalimantan Barat',
    aliases: ['Kalbar', 'West Kalimantan'],
    zone: 'WIB',
    places: [
      // kota
      'Pontianak', 'Singkawang',
      // kabupaten
      'Bengkayang', 'Kapuas Hulu', 'Kayong Utara', 'Ketapang', 'Kubu Raya', 'Landak', 'Melawi',
      'Mempawah', 'Sambas', 'Sanggau', 'Sekadau', 'Sintang',
      // seats
      'Putussibau', 'Sukadana', 'Sungai Raya', 'Ngabang', 'Nanga Pinoh',
    ],
  },
  {
    name: 'Kalimantan Tengah',
    aliases: ['Kalteng', 'Central Kalimantan'],
    zone: 'WIB',
    places: [
      // kota
      'Palangka Raya', 'Palangkaraya',
      // kabupaten
      'Barito Selatan', 'Barito Timur', 'Barito Utara', 'Gunung Mas', 'Kapuas', 'Katingan',
      'Kotawaringin Barat', 'Kotawaringin Timur', 'Lamandau', 'Murung Raya', 'Pulang Pisau',
      'Seruyan', 'Sukamara',
      // seats
      'Buntok', 'Tamiang Layang', 'Muara Teweh', 'Kuala Kurun', 'Kuala Kapuas', 'Kasongan',
      'Pangkalan Bun', 'Sampit', 'Nanga Bulik', 'Puruk Cahu', 'Kuala Pembuang',
      // short forms
      'Barsel', 'Bartim', 'Barut', 'Gumas', 'Kobar', 'Kotim', 'Pulpis',
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

  // ───────────────────────────── Maluku (WIT) ─────────────────────────────
  {
    name: 'Maluku',
    aliases: [],
    zone: 'WIT',
    places: [
      // kota
      'Ambon', 'Tual',
      // kabupaten
      'Buru', 'Buru Selatan', 'Kepulauan Aru', 'Kepulauan Tanimbar', 'Maluku Barat Daya',
      'Maluku Tengah', 'Maluku Tenggara', 'Seram Bagian Barat', 'Seram Bagian Timur',
      // seats
      'Namlea', 'Namrole', 'Dobo', 'Saumlaki', 'Tiakur', 'Masohi', 'Langgur', 'Piru', 'Bula',
      // former names, short forms
      'Maluku Tenggara Barat', 'Aru', 'Tanimbar', 'Bursel', 'MBD', 'Malteng', 'Malra', 'SBB', 'SBT',
    ],
  },
  {
    name: 'Maluku Utara',
    aliases: ['Malut', 'North Maluku'],
    zone: 'WIT',
    places: [
      // kota
      'Ternate', 'Tidore Kepulauan',
      // kabupaten
      'Halmahera Barat', 'Halmahera Selatan', 'Halmahera Tengah', 'Halmahera Timur',
      'Halmahera Utara', 'Kepulauan Sula', 'Pulau Morotai', 'Pulau Taliabu',
      // seats
      'Jailolo', 'Labuha', 'Weda', 'Maba', 'Tobelo', 'Sanana', 'Daruba', 'Bobong',
      // other towns (Sofifi: provincial capital), short forms
      'Sofifi', 'Tidore', 'Halbar', 'Halsel', 'Halteng', 'Haltim', 'Halut', 'Sula', 'Morotai',
      'Taliabu',
    ],
  },

  // ───────────────────────────── Papua (WIT) ─────────────────────────────
  {
    name: 'Papua',
    aliases: ['Irian Jaya'],
    zone: 'WIT',
    places: [
      // kota
      'Jayapura',
      // kabupaten (Jayapura also kota)
      'Biak Numfor', 'Keerom', 'Kepulauan Yapen', 'Mamberamo Raya', 'Sarmi', 'Supiori', 'Waropen',
      // seats (Waris: Keerom's seat by law; Arso: where it has worked from)
      'Biak', 'Sentani', 'Waris', 'Arso', 'Serui', 'Burmeso', 'Sorendiweri', 'Botawa',
      // short forms
      'Yapen',
    ],
  },
  {
    name: 'Papua Barat',
    aliases: ['Pabar', 'West Papua', 'Irian Jaya Barat'],
    zone: 'WIT',
    places: [
      // kabupaten (no kota)
      'Fakfak', 'Kaimana', 'Manokwari', 'Manokwari Selatan', 'Pegunungan Arfak', 'Teluk Bintuni',
      'Teluk Wondama',
      // seats
      'Ransiki', 'Anggi', 'Bintuni', 'Rasiei',
      // other towns, short forms
      'Wasior', 'Mansel', 'Pegaf', 'Wondama',
    ],
  },
  {
    name: 'Papua Barat Daya',
    aliases: ['PBD', 'Southwest Papua'],
    zone: 'WIT',
    places: [
      // kota
      'Sorong',
      // kabupaten (Sorong also kota)
      'Maybrat', 'Raja Ampat', 'Sorong Selatan', 'Tambrauw',
      // seats
      'Kumurkek', 'Waisai', 'Aimas', 'Teminabuan', 'Fef',
      // short forms
      'Sorsel',
    ],
  },
  {
    name: 'Papua Selatan',
    aliases: ['South Papua'],
    zone: 'WIT',
    places: [
      // kabupaten (no kota)
      'Asmat', 'Boven Digoel', 'Mappi', 'Merauke',
      // seats
      'Agats', 'Tanah Merah', 'Kepi',
      // other spellings
      'Boven Digul',
    ],
  },
  {
    name: 'Papua Tengah',
    aliases: ['Central Papua'],
    zone: 'WIT',
    places: [
      // kabupaten (no kota)
      'Deiyai', 'Dogiyai', 'Intan Jaya', 'Mimika', 'Nabire', 'Paniai', 'Puncak', 'Puncak Jaya',
      // seats
      'Waghete', 'Kigamani', 'Sugapa', 'Timika', 'Enarotali', 'Ilaga', 'Mulia', 'Kota Mulia',
      // other towns
      'Moanemani',
    ],
  },
  {
    name: 'Papua Pegunungan',
    aliases: ['Highland Papua'],
    zone: 'WIT',
    places: [
      // kabupaten (no kota)
      'Jayawijaya', 'Lanny Jaya', 'Mamberamo Tengah', 'Nduga', 'Pegunungan Bintang', 'Tolikara',
      'Yahukimo', 'Yalimo',
      // seats
      'Wamena', 'Tiom', 'Kobakma', 'Kenyam', 'Oksibil', 'Karubaga', 'Dekai', 'Elelim',
      // other spellings
      'Lani Jaya',
    ],
  },
] satisfies Province[]);
