// Month names as news pages print them, by language. Data only: the scanner builds its
// regular expressions from this table at load time, so a spelling added here is recognised
// everywhere (page timestamps, captions, the lead, drafts).
//
// Each list is January…December; an entry may hold several spellings separated by '|'.
// Keys are matched case-insensitively, with a trailing dot optional for abbreviations.
// Where they come from:
// - id/ms: Indonesian and Malay news copy, old spellings included (Pebruari, Nopember: Ejaan
//   lama still used by regional sites), and the abbreviations of Indonesian portals (Agt, Ags).
// - en: English; de: German and Austrian (Jänner, Feber) news and blogs, `Mrz`/`Mär` of
//   German CMS date formats; fr, es, pt, it, nl, pl: the month names and the abbreviations
//   their CMSs (WordPress locales, Drupal, Typo3) print by default. Polish has the genitive
//   ("15 kwietnia 2020") beside the nominative.
// - cs, ru, uk, tr, sv, da, no, fi: the other languages of European and Turkish news sites, as
//   their WordPress and Drupal locales print a date ("15 августа 2016", "15. dubna 2020",
//   "15 Nisan 2020", "15. tammikuuta 2020"): genitive or partitive forms beside the nominative.
// Names of these languages that are also common words elsewhere ("set", "gen", "mag", "out",
// "mai" …) are only taken as months with a written year: see `needsYear` below.

export type DateLanguage = 'id' | 'ms' | 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'pl' | 'cs' | 'ru' | 'uk' | 'tr' | 'sv' | 'da' | 'no' | 'fi';

export interface MonthTable {
  readonly language: DateLanguage;
  /** Full names, January…December ('|' separates spellings). */
  readonly names: readonly string[];
  /** Abbreviations, January…December ('' where none; '|' separates spellings). */
  readonly abbreviations: readonly string[];
}

export const MONTH_TABLES: readonly MonthTable[] = [
  {
    language: 'id',
    names: [
      'januari',
      'februari|pebruari|febuari',
      'maret',
      'april',
      'mei',
      'juni',
      'juli',
      'agustus',
      'september',
      'oktober',
      'november|nopember',
      'desember',
    ],
    abbreviations: ['jan', 'feb|peb', 'mar', 'apr', '', 'jun', 'jul', 'agu|agt|ags|agus', 'sep|sept', 'okt', 'nov|nop', 'des'],
  },
  {
    language: 'ms',
    names: ['januari', 'februari', 'mac', 'april', 'mei', 'jun', 'julai', 'ogos', 'september', 'oktober', 'november', 'disember'],
    abbreviations: ['jan', 'feb', 'mac', 'apr', '', 'jun', 'jul', 'ogo', 'sep', 'okt', 'nov', 'dis'],
  },
  {
    language: 'en',
    names: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    abbreviations: ['jan', 'feb', 'mar', 'apr', '', 'jun', 'jul', 'aug', 'sep|sept', 'oct', 'nov', 'dec'],
  },
  {
    language: 'de',
    names: ['januar|jänner|jaenner', 'februar|feber', 'märz|maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    abbreviations: ['jan|jän', 'feb', 'mär|mrz', 'apr', '', 'jun', 'jul', 'aug', 'sep|sept', 'okt', 'nov', 'dez'],
  },
  {
    language: 'fr',
    names: ['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'],
    abbreviations: ['janv', 'févr|fevr|fév|fev', '', 'avr', '', '', 'juil', '', 'sept', 'oct', 'nov', 'déc|dec'],
  },
  {
    language: 'es',
    names: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
    abbreviations: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep|sept|set', 'oct', 'nov', 'dic'],
  },
  {
    language: 'pt',
    names: ['janeiro', 'fevereiro', 'março|marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    abbreviations: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  },
  {
    language: 'it',
    names: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    abbreviations: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  },
  {
    language: 'nl',
    names: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    abbreviations: ['jan', 'feb', 'mrt', 'apr', '', 'jun', 'jul', 'aug', 'sep|sept', 'okt', 'nov', 'dec'],
  },
  {
    language: 'pl',
    names: [
      'stycznia|styczeń|styczen',
      'lutego|luty',
      'marca|marzec',
      'kwietnia|kwiecień|kwiecien',
      'maja|maj',
      'czerwca|czerwiec',
      'lipca|lipiec',
      'sierpnia|sierpień|sierpien',
      'września|wrzesień|wrzesnia|wrzesien',
      'października|październik|pazdziernika|pazdziernik',
      'listopada|listopad',
      'grudnia|grudzień|grudzien',
    ],
    abbreviations: ['sty', 'lut', '', 'kwi', '', 'cze', 'lip', 'sie', 'wrz', 'paź|paz', 'lis', 'gru'],
  },
  {
    language: 'cs',
    names: [
      'ledna|leden',
      'února|unora|únor',
      'března|brezna|březen',
      'dubna|duben',
      'května|kvetna|květen',
      'června|cervna|červen',
      'července|cervence|červenec',
      'srpna|srpen',
      'září|zari',
      'října|rijna|říjen',
      'listopadu|listopad',
      'prosince|prosinec',
    ],
    abbreviations: ['', '', '', '', '', '', '', '', '', '', '', ''],
  },
  {
    language: 'ru',
    names: [
      'января|январь',
      'февраля|февраль',
      'марта|март',
      'апреля|апрель',
      'мая|май',
      'июня|июнь',
      'июля|июль',
      'августа|август',
      'сентября|сентябрь',
      'октября|октябрь',
      'ноября|ноябрь',
      'декабря|декабрь',
    ],
    abbreviations: ['янв', 'фев|февр', 'мар', 'апр', '', 'июн', 'июл', 'авг', 'сен|сент', 'окт', 'ноя|нояб', 'дек'],
  },
  {
    language: 'uk',
    names: [
      'січня|січень',
      'лютого|лютий',
      'березня|березень',
      'квітня|квітень',
      'травня|травень',
      'червня|червень',
      'липня|липень',
      'серпня|серпень',
      'вересня|вересень',
      'жовтня|жовтень',
      'листопада|листопад',
      'грудня|грудень',
    ],
    abbreviations: ['січ', 'лют', 'бер', 'квіт', 'трав', 'черв', 'лип', 'серп', 'вер', 'жовт', 'лист', 'груд'],
  },
  {
    language: 'tr',
    names: [
      'ocak',
      'şubat|subat',
      'mart',
      'nisan',
      'mayıs|mayis',
      'haziran',
      'temmuz',
      'ağustos|agustos',
      'eylül|eylul',
      'ekim',
      'kasım|kasim',
      'aralık|aralik',
    ],
    abbreviations: ['', 'şub', '', 'nis', '', 'haz', 'tem', 'ağu', 'eyl', '', 'kas', 'ara'],
  },
  {
    language: 'sv',
    names: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    abbreviations: ['jan', 'feb', 'mar', 'apr', '', 'jun', 'jul', 'aug', 'sep|sept', 'okt', 'nov', 'dec'],
  },
  {
    language: 'da',
    names: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    abbreviations: ['jan', 'feb', 'mar', 'apr', '', 'jun', 'jul', 'aug', 'sep|sept', 'okt', 'nov', 'dec'],
  },
  {
    language: 'no',
    names: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    abbreviations: ['jan', 'feb', 'mar', 'apr', '', 'jun', 'jul', 'aug', 'sep|sept', 'okt', 'nov', 'des'],
  },
  {
    language: 'fi',
    names: [
      'tammikuuta|tammikuu',
      'helmikuuta|helmikuu',
      'maaliskuuta|maaliskuu',
      'huhtikuuta|huhtikuu',
      'toukokuuta|toukokuu',
      'kesäkuuta|kesäkuu',
      'heinäkuuta|heinäkuu',
      'elokuuta|elokuu',
      'syyskuuta|syyskuu',
      'lokakuuta|lokakuu',
      'marraskuuta|marraskuu',
      'joulukuuta|joulukuu',
    ],
    abbreviations: ['', '', '', '', '', '', '', '', '', '', '', ''],
  },
];

/** Languages whose names are taken as months without a written year ("Senin (21/10)", "on July 25"). */
export const YEARLESS_LANGUAGES: ReadonlySet<DateLanguage> = new Set(['id', 'en']);
