/**
 * Every lint rule, in the order `kliping rules` lists them and the runner runs them. One rule per
 * file. weekday-mismatch runs before caption-date-conflict: the year slip it names is claimed
 * (LintContext.claim), and caption-date-conflict leaves it be.
 */
import type { Rule } from '../types.js';
import { weekdayMismatch } from './weekday-mismatch.js';
import { captionDateConflict } from './caption-date-conflict.js';
import { dateAfterPublication } from './date-after-publication.js';
import { datelinePublicationGap } from './dateline-publication-gap.js';
import { impossibleDate } from './impossible-date.js';
import { nameVariant } from './name-variant.js';
import { spellingVariant } from './spelling-variant.js';
import { duplicateCaption } from './duplicate-caption.js';
import { leftoverChrome } from './leftover-chrome.js';
import { missingCredit } from './missing-credit.js';
import { silentEdit } from './silent-edit.js';

export const RULES: readonly Rule[] = Object.freeze([
  weekdayMismatch,
  captionDateConflict,
  dateAfterPublication,
  datelinePublicationGap,
  impossibleDate,
  nameVariant,
  spellingVariant,
  duplicateCaption,
  leftoverChrome,
  missingCredit,
  silentEdit,
] as Rule[]);

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
