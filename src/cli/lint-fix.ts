/**
 * `kliping lint --fix` / `--fix-dry-run` on drafts: the safe fixes rules offer are applied to
 * the draft's text, pass after pass (a fix can make another possible) until none is left;
 * the file is replaced atomically (--fix) or left alone (--fix-dry-run, and always for
 * stdin). Pages and article records are never touched: their text is not the editor's.
 */
import type { LintConfig } from '../lint/config.js';
import { applyFixes, MAX_FIX_PASSES } from '../lint/fix.js';
import { lintArticle } from '../lint/runner.js';
import type { Finding } from '../record.js';
import { writeFileAtomic } from '../sink/atomic.js';
import { fsReason } from '../sink/fs-errors.js';
import { realpath, stat } from 'node:fs/promises';

export interface DraftSource {
  /** The file to write back, or null (stdin, a URL). */
  path: string | null;
  /** The draft's text, as linted. */
  text: string;
  /** The file began with a byte order mark (kept when written back). */
  bom: boolean;
  /** The text is the file's bytes read as UTF-8 exactly (else the draft is not rewritten: another encoding, a meta charset). */
  utf8: boolean;
  source: string;
  url: string | null;
}

export interface FixOutcome {
  /** Findings of the fixed text (what is left for the editor). */
  findings: Finding[];
  /** The fixed text (equal to the input when nothing was fixed). */
  output: string;
  fixed: number;
  /** Why the output was not written, when it was not and should have been. */
  notWritten: string | null;
}

/** Applies fixes to a draft; writes it back when `write` and the draft came from a UTF-8 file. */
export async function fixDraft(draft: DraftSource, findings: Finding[], config: LintConfig, write: boolean): Promise<FixOutcome> {
  const { extractDraft } = await import('../extract/draft.js');
  let text = draft.text;
  let current = findings;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const result = applyFixes(text, current);
    if (!result.fixed.length) break;
    fixed += result.fixed.length;
    text = result.output;
    current = lintArticle(extractDraft(text, { source: draft.source, url: draft.url }), config);
  }
  let notWritten: string | null = null;
  if (write && fixed > 0) notWritten = await writeBack(draft, text);
  return { findings: current, output: text, fixed, notWritten };
}

async function writeBack(draft: DraftSource, text: string): Promise<string | null> {
  if (!draft.path) return 'fixes not written (not a file; --fix-dry-run -f json gives the fixed text)';
  if (!draft.utf8) return 'fixes not written (the file is not read as UTF-8: another encoding, or a charset it declares)';
  try {
    // The file itself, not a symlink to it replaced by a copy; its permissions kept.
    const target = await realpath(draft.path);
    const { mode } = await stat(target);
    await writeFileAtomic(target, (draft.bom ? '\uFEFF' : '') + text, { mode: mode & 0o7777 });
    return null;
  } catch (err) {
    return `fixes not written (${fsReason(err)})`;
  }
}

/** Whether `text` is the bytes (after a byte order mark) read as UTF-8: then the fixed text can be written back as UTF-8. */
export function readAsUtf8(bytes: Uint8Array, text: string, bom: boolean): boolean {
  return Buffer.from(text, 'utf8').equals(Buffer.from(bytes.buffer, bytes.byteOffset + (bom ? 3 : 0), bytes.byteLength - (bom ? 3 : 0)));
}
