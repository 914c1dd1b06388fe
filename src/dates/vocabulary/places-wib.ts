// The provinces of Sumatra, Java, Kalimantan Barat and Kalimantan Tengah: Waktu Indonesia Barat, UTC+7.
// Part of the gazetteer in places-id.ts (its header says where the entries come from).
import type { Province } from './province.js';

// A table: one province per block, its places packed as the sources list them (not one per line).
// prettier-ignore
export const PROVINCES_WIB: readonly Province[] = [
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
];
