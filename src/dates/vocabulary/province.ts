/** One province of the gazetteer (places-id.ts). */
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
