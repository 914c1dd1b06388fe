/**
 * The labels that open a correction or update note: the paragraph a newsroom adds to a
 * published article (usually at its end, sometimes at its start) to say what it changed and
 * when. Its date is the date of the correction, not of the story, so no date rule reads it;
 * and an article edited after publication without one is what `silent-edit` reports.
 *
 * Where each kind comes from:
 * - Indonesian press law and the Press Council (Dewan Pers): UU No. 40/1999 tentang Pers, Pasal
 *   1 angka 11–13 (hak jawab, hak koreksi, kewajiban koreksi); the Kode Etik Jurnalistik (2006),
 *   Pasal 10–11 (a wrong story is retracted, corrected — "meralat" — and apologised for; the
 *   right of reply and of correction); the Pedoman Pemberitaan Media Siber (2012), butir 5: a
 *   ralat, koreksi or hak jawab is linked to the story it corrects and states when it was
 *   published — which is why such a note carries a date after the story's.
 * - Indonesian online newsrooms label these notes "Ralat:", "Koreksi:", "Klarifikasi:", "Hak
 *   jawab:", "Catatan redaksi:" / "Catatan Redaksi:" (an editor's note), "Pembaruan:" or the
 *   English "Update:" (a developing story, often with the hour: "(Update 14.00 WIB)").
 * - English-language news: "Correction:", "Clarification:", "Editor's note:", "Update:",
 *   "Updated:" (the corrections and editor's notes of the wire services and newspapers).
 */

export type CorrectionKind = 'correction' | 'clarification' | 'reply' | 'editor-note' | 'update';

export interface CorrectionLabel {
  /** The label as written (matched case-insensitively, its spaces as any whitespace). */
  label: string;
  kind: CorrectionKind;
  language: 'id' | 'en';
}

export const CORRECTION_LABELS: readonly CorrectionLabel[] = [
  // Indonesian: the Press Council's words (UU Pers, KEJ, PPMS) and newsroom practice.
  { label: 'Ralat', kind: 'correction', language: 'id' },
  { label: 'Koreksi', kind: 'correction', language: 'id' },
  { label: 'Klarifikasi', kind: 'clarification', language: 'id' },
  { label: 'Hak jawab', kind: 'reply', language: 'id' },
  { label: 'Catatan redaksi', kind: 'editor-note', language: 'id' },
  { label: 'Pembaruan', kind: 'update', language: 'id' },
  // English: wire services' and newspapers' notes (also used as such by Indonesian sites).
  { label: 'Update', kind: 'update', language: 'en' },
  { label: 'Updated', kind: 'update', language: 'en' },
  { label: 'Correction', kind: 'correction', language: 'en' },
  { label: 'Clarification', kind: 'clarification', language: 'en' },
  { label: "Editor's note", kind: 'editor-note', language: 'en' },
  { label: 'Editor’s note', kind: 'editor-note', language: 'en' },
];

/**
 * Words that may stand between a label and its colon or closing bracket: when the note was
 * made ("Update 14.00 WIB:", "(Update Rabu, 2/12/2026 pukul 10.00 WIB)", "Updated on Dec. 2:").
 * Digits, dates and times are allowed as such; month and weekday names come from the date engine.
 */
export const CORRECTION_TIME_WORDS: readonly string[] = [
  'pukul',
  'pkl',
  'jam',
  'pada',
  'tanggal',
  'tgl',
  'WIB',
  'WITA',
  'WIT',
  'on',
  'at',
  'am',
  'pm',
  'GMT',
  'UTC',
];
