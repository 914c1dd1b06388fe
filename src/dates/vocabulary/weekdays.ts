// Weekday names as news pages print them, by language, Sunday…Saturday. Data only, like
// months.ts. '|' separates spellings; abbreviations are only taken as weekdays when written
// with a capital letter ("Sel, 22/10/2024" but not "sel").
// Where they come from:
// - id: Indonesian (Ahad beside Minggu for Sunday: Islamic usage; Jum'at with an apostrophe is
//   matched by the scanner); the three-letter abbreviations of Indonesian portal timestamps.
// - en: English, with the abbreviations of RFC 2822 and of US news bylines (Tues., Thurs.).
// - de, fr, es, pt, it, nl, pl: full names only, as blogs and news print them before a date
//   ("Mittwoch, 01. November 2023", "mardi 3 mars 2020"); two-letter abbreviations (Mo, Di, Do)
//   are left out: "Di" is a common Indonesian word.
import type { DateLanguage } from './months.js';

export interface WeekdayTable {
  readonly language: DateLanguage;
  readonly names: readonly string[];
  readonly abbreviations: readonly string[];
}

export const WEEKDAY_TABLES: readonly WeekdayTable[] = [
  {
    language: 'id',
    names: ['minggu|ahad', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'],
    abbreviations: ['min', 'sen', 'sel', 'rab', 'kam', 'jum', 'sab'],
  },
  {
    language: 'en',
    names: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
    abbreviations: ['sun', 'mon', 'tue|tues', 'wed', 'thu|thur|thurs', 'fri', 'sat'],
  },
  { language: 'de', names: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag|sonnabend'], abbreviations: [] },
  { language: 'fr', names: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'], abbreviations: [] },
  { language: 'es', names: ['domingo', 'lunes', 'martes', 'miércoles|miercoles', 'jueves', 'viernes', 'sábado|sabado'], abbreviations: [] },
  {
    language: 'pt',
    names: ['domingo', 'segunda-feira', 'terça-feira|terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado|sabado'],
    abbreviations: [],
  },
  {
    language: 'it',
    names: ['domenica', 'lunedì|lunedi', 'martedì|martedi', 'mercoledì|mercoledi', 'giovedì|giovedi', 'venerdì|venerdi', 'sabato'],
    abbreviations: [],
  },
  { language: 'nl', names: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'], abbreviations: [] },
  { language: 'pl', names: ['niedziela', 'poniedziałek|poniedzialek', 'wtorek', 'środa|sroda', 'czwartek', 'piątek|piatek', 'sobota'], abbreviations: [] },
];
