import { describe, expect, it } from 'vitest';
import { lookupPlace, zoneOfPlace } from '../src/dates/places.js';
import { PROVINCES } from '../src/dates/vocabulary/places-id.js';

type Zone = 'WIB' | 'WITA' | 'WIT';

/** Keppres 41/1987 and the provinces formed since: the zone of every province. */
const EXPECTED_ZONES: Readonly<Record<string, Zone>> = {
  Aceh: 'WIB',
  'Sumatera Utara': 'WIB',
  'Sumatera Barat': 'WIB',
  Riau: 'WIB',
  'Kepulauan Riau': 'WIB',
  Jambi: 'WIB',
  'Sumatera Selatan': 'WIB',
  'Kepulauan Bangka Belitung': 'WIB',
  Bengkulu: 'WIB',
  Lampung: 'WIB',
  Banten: 'WIB',
  'DKI Jakarta': 'WIB',
  'Jawa Barat': 'WIB',
  'Jawa Tengah': 'WIB',
  'DI Yogyakarta': 'WIB',
  'Jawa Timur': 'WIB',
  'Kalimantan Barat': 'WIB',
  'Kalimantan Tengah': 'WIB',
  'Kalimantan Selatan': 'WITA',
  'Kalimantan Timur': 'WITA',
  'Kalimantan Utara': 'WITA',
  Bali: 'WITA',
  'Nusa Tenggara Barat': 'WITA',
  'Nusa Tenggara Timur': 'WITA',
  'Sulawesi Utara': 'WITA',
  Gorontalo: 'WITA',
  'Sulawesi Tengah': 'WITA',
  'Sulawesi Barat': 'WITA',
  'Sulawesi Selatan': 'WITA',
  'Sulawesi Tenggara': 'WITA',
  Maluku: 'WIT',
  'Maluku Utara': 'WIT',
  Papua: 'WIT',
  'Papua Barat': 'WIT',
  'Papua Barat Daya': 'WIT',
  'Papua Selatan': 'WIT',
  'Papua Tengah': 'WIT',
  'Papua Pegunungan': 'WIT',
};

describe('zoneOfPlace: one known place per province', () => {
  const cases: Array<[string, Zone]> = [
    ['Banda Aceh', 'WIB'],
    ['Medan', 'WIB'],
    ['Padang', 'WIB'],
    ['Pekanbaru', 'WIB'],
    ['Batam', 'WIB'],
    ['Jambi', 'WIB'],
    ['Palembang', 'WIB'],
    ['Pangkalpinang', 'WIB'],
    ['Bengkulu', 'WIB'],
    ['Bandar Lampung', 'WIB'],
    ['Serang', 'WIB'],
    ['Jakarta', 'WIB'],
    ['Bandung', 'WIB'],
    ['Semarang', 'WIB'],
    ['Yogyakarta', 'WIB'],
    ['Surabaya', 'WIB'],
    ['Pontianak', 'WIB'],
    ['Palangka Raya', 'WIB'],
    ['Palangkaraya', 'WIB'],
    ['Banjarmasin', 'WITA'],
    ['Samarinda', 'WITA'],
    ['Tarakan', 'WITA'],
    ['Denpasar', 'WITA'],
    ['Mataram', 'WITA'],
    ['Kupang', 'WITA'],
    ['Manado', 'WITA'],
    ['Gorontalo', 'WITA'],
    ['Palu', 'WITA'],
    ['Mamuju', 'WITA'],
    ['Makassar', 'WITA'],
    ['Kendari', 'WITA'],
    ['Ambon', 'WIT'],
    ['Ternate', 'WIT'],
    ['Jayapura', 'WIT'],
    ['Manokwari', 'WIT'],
    ['Sorong', 'WIT'],
    ['Merauke', 'WIT'],
    ['Nabire', 'WIT'],
    ['Wamena', 'WIT'],
  ];
  it.each(cases)('%s → %s', (place, zone) => {
    expect(zoneOfPlace(place)).toBe(zone);
  });

  it('covers every province with these cases', () => {
    const covered = new Set(cases.flatMap(([place]) => lookupPlace(place)!.provinces));
    expect([...covered].sort()).toEqual(Object.keys(EXPECTED_ZONES).sort());
  });
});

describe('zoneOfPlace: kabupaten seats', () => {
  it.each([
    ['Amuntai', 'WITA'],
    ['Pelaihari', 'WITA'],
    ['Barabai', 'WITA'],
    ['Kandangan', 'WITA'],
    ['Pangkalan Bun', 'WIB'],
    ['Sampit', 'WIB'],
    ['Muara Teweh', 'WIB'],
    ['Tenggarong', 'WITA'],
    ['Tanjung Selor', 'WITA'],
    ['Watampone', 'WITA'],
    ['Sidoarjo', 'WIB'],
    ['Kepanjen', 'WIB'],
    ['Tigaraksa', 'WIB'],
    ['Singaraja', 'WITA'],
    ['Labuan Bajo', 'WITA'],
    ['Timika', 'WIT'],
    ['Masohi', 'WIT'],
    ['Sofifi', 'WIT'],
  ] as Array<[string, Zone]>)('%s → %s', (place, zone) => {
    expect(zoneOfPlace(place)).toBe(zone);
  });

  it('Tanjung is a seat in two provinces of one zone: not ambiguous', () => {
    const r = lookupPlace('Tanjung');
    expect(r).toEqual({
      zone: 'WITA',
      provinces: ['Nusa Tenggara Barat', 'Kalimantan Selatan'],
      ambiguous: false,
    });
  });
});

describe('lookupPlace: spelling variants', () => {
  it.each([
    ['PALANGKA RAYA', 'WIB'],
    ['palangkaraya', 'WIB'],
    ['Palangka-Raya', 'WIB'],
    ['Kab. Tanah Laut', 'WITA'],
    ['Kab Tapin', 'WITA'],
    ['Kabupaten Hulu Sungai Utara', 'WITA'],
    ['Kota Banjarmasin', 'WITA'],
    ['KOTA BANJARMASIN', 'WITA'],
    ['Banjarmasin,', 'WITA'],
    ['Bau-Bau', 'WITA'],
    ['Baubau', 'WITA'],
    ['Tanjung Pinang', 'WIB'],
    ['Tanjungpinang', 'WIB'],
    ['Pangkal Pinang', 'WIB'],
    ['Jogja', 'WIB'],
    ['Yogya', 'WIB'],
    ['Jakarta Selatan', 'WIB'],
    ["Ba'a", 'WITA'],
    ['Baa', 'WITA'],
    ['Ba’a', 'WITA'],
    ['Pare-Pare', 'WITA'],
    ['Kota Agung', 'WIB'],
    ['Kotaagung', 'WIB'],
    ['Kota Mobagu', 'WITA'],
    ['Kotabaru', 'WITA'],
    ['Kep. Seribu', 'WIB'],
    ['Kep. Mentawai', 'WIB'],
    ['Kabupaten Kepulauan Sula', 'WIT'],
    ['Provinsi Papua Barat Daya', 'WIT'],
    ['Gidö', 'WIB'],
  ] as Array<[string, Zone]>)('%s → %s', (place, zone) => {
    const r = lookupPlace(place);
    expect(r).not.toBeNull();
    expect(r!.zone).toBe(zone);
    expect(r!.ambiguous).toBe(false);
  });
});

describe('lookupPlace: province names and aliases', () => {
  it.each([
    ['Kalsel', 'WITA'],
    ['Kaltim', 'WITA'],
    ['Kalteng', 'WIB'],
    ['Kalbar', 'WIB'],
    ['Kaltara', 'WITA'],
    ['Sulsel', 'WITA'],
    ['Sulut', 'WITA'],
    ['Sulteng', 'WITA'],
    ['Sultra', 'WITA'],
    ['Sulbar', 'WITA'],
    ['Jabar', 'WIB'],
    ['Jateng', 'WIB'],
    ['Jatim', 'WIB'],
    ['DKI', 'WIB'],
    ['DIY', 'WIB'],
    ['Sumut', 'WIB'],
    ['Sumbar', 'WIB'],
    ['Sumsel', 'WIB'],
    ['Babel', 'WIB'],
    ['Kepri', 'WIB'],
    ['NTB', 'WITA'],
    ['NTT', 'WITA'],
    ['Malut', 'WIT'],
    ['Kalimantan Selatan', 'WITA'],
    ['Papua Pegunungan', 'WIT'],
    ['South Sulawesi', 'WITA'],
  ] as Array<[string, Zone]>)('%s → %s', (name, zone) => {
    expect(zoneOfPlace(name)).toBe(zone);
  });
});

describe('ambiguous names', () => {
  it('Martapura is in Kalimantan Selatan (WITA) and Sumatera Selatan (WIB)', () => {
    expect(lookupPlace('Martapura')).toEqual({
      zone: null,
      provinces: ['Sumatera Selatan', 'Kalimantan Selatan'],
      ambiguous: true,
    });
    expect(zoneOfPlace('Martapura')).toBeNull();
    expect(zoneOfPlace('MARTAPURA')).toBeNull();
  });

  it('the article text may settle it by naming one candidate province', () => {
    expect(zoneOfPlace('Martapura', 'Bupati Kabupaten Banjar, Kalimantan Selatan, meninjau …')).toBe('WITA');
    expect(zoneOfPlace('Martapura', 'Pemkab OKU Timur, Sumsel, menggelar …')).toBe('WIB');
    expect(zoneOfPlace('Martapura', '… warga KALSEL …')).toBe('WITA');
  });

  it('stays null when the text names no candidate, or more than one', () => {
    expect(zoneOfPlace('Martapura', 'Hujan deras sejak pagi.')).toBeNull();
    expect(zoneOfPlace('Martapura', 'Dari Sumsel ke Kalsel.')).toBeNull();
    // a province that is not a candidate does not count
    expect(zoneOfPlace('Martapura', 'tamu dari Jawa Timur')).toBeNull();
    // whole words only: 'Kalselindo' is not 'Kalsel'
    expect(zoneOfPlace('Martapura', 'PT Kalselindo')).toBeNull();
  });

  it("'Kab. Banjar' strips to 'Banjar': the prefix alone does not pick the Kalsel regency", () => {
    for (const name of ['Kab. Banjar', 'Kab Banjar', 'Kabupaten Banjar', 'Kota Banjar']) {
      expect(lookupPlace(name), name).toEqual({
        zone: null,
        provinces: ['Jawa Barat', 'Kalimantan Selatan'],
        ambiguous: true,
      });
    }
    expect(zoneOfPlace('Kab. Banjar', 'Martapura, Kalimantan Selatan')).toBe('WITA');
  });

  it('Banjar (Kalsel regency, Jawa Barat city) and Parigi are ambiguous too', () => {
    expect(lookupPlace('Banjar')!.ambiguous).toBe(true);
    expect(zoneOfPlace('Banjar', 'Kota Banjar, Jawa Barat')).toBe('WIB');
    expect(lookupPlace('Parigi')!.ambiguous).toBe(true);
    expect(zoneOfPlace('Parigi', 'Kabupaten Parigi Moutong, Sulawesi Tengah')).toBe('WITA');
  });

  it('the full list of cross-zone names is known', () => {
    const ambiguous = new Set<string>();
    for (const p of PROVINCES) {
      for (const place of p.places) {
        if (lookupPlace(place)!.ambiguous) ambiguous.add(place.toLowerCase());
      }
    }
    expect([...ambiguous].sort()).toEqual(['banjar', 'martapura', 'parigi', 'puncak']);
  });
});

describe('unknown names', () => {
  it.each(['', '   ', 'Kuala Lumpur', 'Singapura', 'Atlantis', 'Kota', 'Kab.', 'Redaksi'])('%j → null', (name) => {
    expect(lookupPlace(name)).toBeNull();
    expect(zoneOfPlace(name)).toBeNull();
    expect(zoneOfPlace(name, 'Kalimantan Selatan')).toBeNull();
  });
});

describe('gazetteer data', () => {
  it('has the 38 provinces, each in the zone of the province list', () => {
    expect(PROVINCES).toHaveLength(38);
    expect(PROVINCES.map((p) => p.name).sort()).toEqual(Object.keys(EXPECTED_ZONES).sort());
    for (const p of PROVINCES) expect([p.name, p.zone]).toEqual([p.name, EXPECTED_ZONES[p.name]]);
  });

  it('every province has a zone and at least one place', () => {
    for (const p of PROVINCES) {
      expect(['WIB', 'WITA', 'WIT']).toContain(p.zone);
      expect(p.places.length, p.name).toBeGreaterThan(0);
    }
  });

  it('no empty or whitespace-padded names', () => {
    for (const p of PROVINCES) {
      for (const s of [p.name, ...p.aliases, ...p.places]) {
        expect(s.trim(), `${p.name}: ${JSON.stringify(s)}`).toBe(s);
        expect(s.length, p.name).toBeGreaterThan(0);
        expect(/\s{2}/.test(s), `${p.name}: ${JSON.stringify(s)}`).toBe(false);
      }
    }
  });

  it('no duplicate place or alias within one province', () => {
    for (const p of PROVINCES) {
      const places = p.places.map((s) => s.toLowerCase());
      expect(
        places.filter((s, i) => places.indexOf(s) !== i),
        p.name,
      ).toEqual([]);
      const aliases = [p.name, ...p.aliases].map((s) => s.toLowerCase());
      expect(
        aliases.filter((s, i) => aliases.indexOf(s) !== i),
        p.name,
      ).toEqual([]);
    }
  });

  it('every place, name and alias looks up to its own province', () => {
    for (const p of PROVINCES) {
      for (const s of [p.name, ...p.aliases, ...p.places]) {
        const r = lookupPlace(s);
        expect(r, `${p.name}: ${s}`).not.toBeNull();
        expect(r!.provinces, `${p.name}: ${s}`).toContain(p.name);
      }
    }
  });

  it('province names and aliases are never ambiguous', () => {
    for (const p of PROVINCES) {
      for (const s of [p.name, ...p.aliases]) {
        expect(zoneOfPlace(s), `${p.name}: ${s}`).toBe(p.zone);
      }
    }
  });
});
