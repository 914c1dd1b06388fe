/**
 * A diff for people and programs: text for a terminal (coloured when asked; without colour,
 * git's plain word-diff marks `[-removed-]{+added+}`), Markdown (~~removed~~ **added**), and
 * JSON. Page text is untrusted: terminal controls are stripped, Markdown syntax escaped.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { escapeInline } from '../export/markdown.js';
import { stringifyJson } from '../export/json.js';
import { sanitizeForTerminal, terminalLine } from '../util/terminal.js';
import { blocks, describeChanges, stamps, type ChangeSummary, type RecordDiff, type WordPart } from './compare.js';

/** Two versions compared, with what to call them. */
export interface DiffReport {
  old: string;
  new: string;
  diff: RecordDiff;
}

/** One changed article of an archive (`kliping diff ARCHIVE --since`). */
export interface ChangedEntry {
  url: string;
  fetchedAt: string | null;
  file: string | null;
  previousVersion: string | null;
  changes: ChangeSummary | null;
}

export function toText(r: DiffReport, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out = [c.bold(`--- ${terminalLine(r.old)}`), c.bold(`+++ ${terminalLine(r.new)}`)];
  for (const b of blocks(r.diff)) {
    out.push('', c.cyan(`${b.name}:`), `  ${words(c, b.change.words, color)}`);
  }
  for (const s of stamps(r.diff))
    out.push('', c.cyan(`${s.name}:`), `  ${mark(c, 'removed', s.change.old ?? 'none', color)} → ${mark(c, 'added', s.change.new ?? 'none', color)}`);
  out.push('', c.dim(describeChanges(r.diff.summary)), '');
  return out.join('\n');
}

function words(c: ChalkInstance, parts: WordPart[], color: boolean): string {
  return parts.map((p) => (p.op === 'same' ? sanitizeForTerminal(p.text).replace(/\n/g, ' ') : mark(c, p.op, p.text, color))).join('');
}

function mark(c: ChalkInstance, op: 'added' | 'removed', text: string, color: boolean): string {
  const t = sanitizeForTerminal(text).replace(/\n/g, ' ');
  if (color) return op === 'added' ? c.green.underline(t) : c.red.strikethrough(t);
  return op === 'added' ? `{+${t}+}` : `[-${t}-]`;
}

export function toMarkdown(r: DiffReport): string {
  const out = [`# Changes`, '', `- old: ${escapeInline(r.old)}`, `- new: ${escapeInline(r.new)}`, `- ${escapeInline(describeChanges(r.diff.summary))}`];
  for (const b of blocks(r.diff)) out.push('', `## ${b.name}`, '', b.change.words.map(mdPart).join(''));
  for (const s of stamps(r.diff)) out.push('', `## ${s.name}`, '', `~~${escapeInline(s.change.old ?? 'none')}~~ → **${escapeInline(s.change.new ?? 'none')}**`);
  return out.join('\n') + '\n';
}

/** A word run in Markdown: the marks hug the words (spaces stay outside, or the marks are not read). */
function mdPart(p: WordPart): string {
  const text = escapeInline(p.text);
  if (p.op === 'same' || !text.trim()) return text;
  const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) as RegExpExecArray;
  return `${lead}${p.op === 'added' ? `**${body}**` : `~~${body}~~`}${trail}`;
}

export function toJsonReport(r: DiffReport): string {
  return stringifyJson({ old: r.old, new: r.new, changed: blocks(r.diff).length + stamps(r.diff).length > 0, ...r.diff }, 2) + '\n';
}

export function listText(entries: ChangedEntry[], color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  return entries.map((e) => `${c.dim(e.fetchedAt ?? '?')}  ${terminalLine(e.url)}\n  ${e.changes ? describeChanges(e.changes) : 'changed'}\n`).join('');
}

export function listMarkdown(entries: ChangedEntry[]): string {
  const cell = (t: string) => escapeInline(t).replace(/\|/g, '\\|');
  const rows = entries.map((e) => `| ${cell(e.fetchedAt ?? '')} | ${cell(e.url)} | ${cell(e.changes ? describeChanges(e.changes) : 'changed')} |`);
  return ['| fetched | article | what changed |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}

export function listJson(entries: ChangedEntry[]): string {
  return stringifyJson(entries, 2) + '\n';
}
