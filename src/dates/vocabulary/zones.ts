// Time-zone names printed after a clock time or inside a machine timestamp, with their UTC
// offset. Data only. Only unambiguous abbreviations are listed: IST (India, Ireland, Israel)
// and CST (US Central, China) have several meanings; CST is kept as US Central because the
// pages that print it next to an English date are American news sites, and China Standard Time
// is printed as "Beijing time" or +0800.
// Where they come from:
// - Indonesia: WIB (Waktu Indonesia Barat, UTC+7), WITA (Tengah, UTC+8), WIT (Timur, UTC+9).
// - UTC/GMT/Z: machine timestamps, RFC 2822, wire services.
// - Europe: CET/CEST, their German names MEZ/MESZ ("15:00 Uhr MESZ"), WET/WEST, EET/EEST, BST.
// - North America: the US zones news sites print in bylines ("10:35 PM PST", "Updated 5:12 AM ET").
// - Asia-Pacific: JST, KST, HKT, SGT, ICT (Thailand/Vietnam), MYT, PHT, AEST/AEDT, NZST/NZDT.

export const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  WIB: '+07:00',
  WITA: '+08:00',
  WIT: '+09:00',
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  UT: '+00:00',
  CET: '+01:00',
  CEST: '+02:00',
  MEZ: '+01:00',
  MESZ: '+02:00',
  WET: '+00:00',
  WEST: '+01:00',
  EET: '+02:00',
  EEST: '+03:00',
  BST: '+01:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  JST: '+09:00',
  KST: '+09:00',
  HKT: '+08:00',
  SGT: '+08:00',
  ICT: '+07:00',
  MYT: '+08:00',
  PHT: '+08:00',
  AEST: '+10:00',
  AEDT: '+11:00',
  ACST: '+09:30',
  AWST: '+08:00',
  NZST: '+12:00',
  NZDT: '+13:00',
};

/** Zones named without a fixed offset: the day is still right, the instant is not known. */
export const ZONES_WITHOUT_OFFSET: readonly string[] = ['ET', 'PT', 'CT', 'MT'];
