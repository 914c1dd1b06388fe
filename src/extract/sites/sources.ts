/**
 * News agencies and outlets that open a lead by name rather than by domain ("ANTARA -"): the
 * national agency (ANTARA) and the national portals whose copy regional sites syndicate, as
 * their leads print them ("KOMPAS.com -", "TRIBUNNEWS.COM -", "JAKARTA, detikNews -").
 */
export const KNOWN_SOURCES: readonly string[] = [
  'ANTARA',
  'Antara',
  'ANTARA News',
  'KOMPAS.com',
  'Kompas.com',
  'Tribunnews.com',
  'TRIBUNNEWS.COM',
  'detikNews',
  'detikcom',
  'Liputan6.com',
  'Tempo.co',
  'TEMPO.CO',
  'CNN Indonesia',
  'Okezone',
  'SINDOnews',
  'JPNN.com',
  'Suara.com',
  'Republika.co.id',
  'REPUBLIKA.CO.ID',
  'RRI',
  'MNC Portal',
];
