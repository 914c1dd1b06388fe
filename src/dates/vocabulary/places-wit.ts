// The provinces of Maluku and Papua: Waktu Indonesia Timur, UTC+9.
// Part of the gazetteer in places-id.ts (its header says where the entries come from).
import type { Province } from './province.js';

// A table: one province per block, its places packed as the sources list them (not one per line).
// prettier-ignore
export const PROVINCES_WIT: readonly Province[] = [
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
];
