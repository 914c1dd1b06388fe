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

import type { Province } from './province.js';
import { PROVINCES_WIB } from './places-wib.js';
import { PROVINCES_WITA } from './places-wita.js';
import { PROVINCES_WIT } from './places-wit.js';

export type { Province } from './province.js';

/** Every province, with its zone and the places of its datelines. */
export const PROVINCES: readonly Province[] = Object.freeze([...PROVINCES_WIB, ...PROVINCES_WITA, ...PROVINCES_WIT]);
