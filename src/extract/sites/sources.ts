/** News agencies and outlets that open a lead by name rather than by domain ("ANTARA -"). */
export const KNOWN_SOURCES: readonly string[] = [
  'ANTARA', 'Antara', 'ANTARA News', 'KOMPAS.com', 'Kompas.com', 'Tribunnews.com', 'TRIBUNNEWS.COM',
  'detikNews', 'detikcom', 'Liputan6.com', 'Tempo.co', 'TEMPO.CO', 'CNN Indonesia', 'Okezone',
  'SINDOnews', 'JPNN.com', 'Suara.com', 'Republika.co.id', 'REPUBLIKA.CO.ID', 'RRI', 'MNC Portal',
];
