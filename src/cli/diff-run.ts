/** `kliping diff` at work: the inputs read and checked, the versions compared, the result printed. Loaded when the command runs. */
import { statSync } from 'node:fs';
import { archivedDiff, changedSince, DiffInputError, readRecord } from '../diff/archive.js';
import { compareRecords, hasChanges } from '../diff/compare.js';
import { listHtml, toHtml } from '../diff/html.js';
import { listJson, listMarkdown, listText, toJsonReport, toMarkdown, toText, type ChangedEntry, type DiffReport } from '../diff/render.js';
import { fsReason } from '../sink/fs-errors.js';
import { terminalLine } from '../util/terminal.js';
import type { DiffCommandOptions } from './diff.js';
import { DataOut, type CliIO } from './io.js';

export async function runDiff(first: string, second: string | undefined, options: DiffCommandOptions, io: CliIO): Promise<number> {
  let output: { text: string; differs: boolean };
  try {
    output = produce(first, second, options, options.format === 'text' && (options.color ?? useColor(io)));
  } catch (err) {
    const input = err instanceof DiffInputError ? err.input : 'diff';
    io.stderr.write(`kliping: ${terminalLine(input)}: ${terminalLine((err as Error)?.message ?? String(err))}\n`);
    return 2;
  }
  const stdout = new DataOut(io.stdout);
  try {
    await stdout.write(output.text);
  } catch (err) {
    io.stderr.write(`kliping: ${(err as Error).message}\n`);
    return 2;
  }
  return output.differs ? 1 : 0;
}

function produce(first: string, second: string | undefined, o: DiffCommandOptions, color: boolean): { text: string; differs: boolean } {
  const archive = isDirectory(first);
  if (!archive) {
    if (o.since !== undefined || o.from !== undefined)
      throw new DiffInputError(o.since !== undefined ? '--since' : '--from', 'needs an archive folder as the first argument');
    if (second === undefined) throw new DiffInputError(first, 'give a second record to compare it with (kliping diff OLD.json NEW.json), or an archive folder');
    return report({ old: first, new: second, diff: compareRecords(readRecord(first), readRecord(second)) }, o.format, color);
  }
  if (second === undefined) {
    if (o.from !== undefined) throw new DiffInputError('--from', 'needs the URL of an article of the archive');
    const since = o.since === undefined ? null : dateOption(o.since);
    const entries: ChangedEntry[] = changedSince(first, since).map((l) => ({
      url: l.url,
      fetchedAt: l.fetchedAt ?? null,
      file: l.file ?? null,
      previousVersion: l.previousVersion ?? null,
      changes: l.changes ?? null,
    }));
    const title = `Changed articles${since ? ` since ${since}` : ''}`;
    const text =
      o.format === 'json'
        ? listJson(entries)
        : o.format === 'md'
          ? listMarkdown(entries)
          : o.format === 'html'
            ? listHtml(entries, title)
            : listText(entries, color);
    return { text, differs: entries.length > 0 };
  }
  if (o.since !== undefined) throw new DiffInputError('--since', 'lists the changed articles of an archive: give no URL with it');
  return report(archivedDiff(first, second, o.from), o.format, color);
}

function report(r: DiffReport, format: DiffCommandOptions['format'], color: boolean): { text: string; differs: boolean } {
  const text = format === 'json' ? toJsonReport(r) : format === 'md' ? toMarkdown(r) : format === 'html' ? toHtml(r) : toText(r, color);
  return { text, differs: hasChanges(r.diff.summary) };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new DiffInputError(path, 'no such file or folder');
    throw new DiffInputError(path, fsReason(err));
  }
}

function dateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const ok = m && !Number.isNaN(Date.parse(`${m[0]}T00:00:00Z`)) && new Date(`${m[0]}T00:00:00Z`).toISOString().startsWith(m[0]);
  if (!ok) throw new DiffInputError('--since', `must be a date like 2024-12-01 (got "${value}")`);
  return value.trim();
}

/** Colour only on a terminal, never with NO_COLOR set; FORCE_COLOR (not "0") turns it on. --color and --no-color decide before these. */
function useColor(io: CliIO): boolean {
  const env = io.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return !!io.stdout.isTTY;
}
