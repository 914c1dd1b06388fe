/**
 * name-variant, offices: one office under two short names. Two ways to know it is one office:
 * two spellings of one family of short names (data: "Diskominfo SP" / "Kominfo SP") for the same
 * region, or an acronym the article introduced in parentheses after the office's full name
 * ("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Banjar") and another, shorter or
 * longer, acronym that starts the same for the same region later ("Dinas PU Banjar"). The
 * spelling introduced first is the article's; the others are reported.
 */
import type { LintContext, TextUnit } from '../../context.js';
import { INSTITUTION_FAMILIES, OFFICE_HEAD_WORDS, REGION_WORDS } from '../../data/institutions.js';
import { TITLE_WORDS } from '../../data/titles.js';
import type { RuleHit, RuleSeverity } from '../../types.js';
import { NOT_NAME } from './word-pairs.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((s) => escape(s).replace(/ /g, '\\s+'))
    .join('|');

const SPELLING_FAMILY = new Map<string, number>();
INSTITUTION_FAMILIES.forEach((f, i) => f.spellings.forEach((s) => SPELLING_FAMILY.set(s, i)));
const OFFICE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(SPELLING_FAMILY.keys())})(?![\\p{L}\\p{N}])`, 'gu');
const REGION = new RegExp(
  `^\\)?[^\\S\\r\\n]+(?:(${REGION_WORDS.map(escape).join('|')})[^\\S\\r\\n]+)?((?:\\p{Lu}[\\p{L}-]*)(?:[^\\S\\r\\n]+\\p{Lu}[\\p{L}-]*){0,2})`,
  'u',
);
/** A region word is Title-case ("Banjar", "Tanah Laut"): "HM" in "Banjar HM Aidil Basith" ends it. */
const REGION_WORD = /^\p{Lu}\p{Ll}[\p{L}-]*$/u;
const HEAD = new Set(OFFICE_HEAD_WORDS);
const TITLES = new Set(TITLE_WORDS.map((w) => w.toLowerCase()));
/** An acronym in parentheses: "(PUPR)", "(DKISP)", "(BPBD)". */
const INTRO = /\((\p{Lu}[\p{Lu}\p{N}]{1,9})\)/gu;
/** An upper-case acronym, maybe after the office's head word: "PUPR", "Dinas PU". */
const ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}(])(?:(${alternation(OFFICE_HEAD_WORDS)})[^\\S\\r\\n]+)?(\\p{Lu}[\\p{Lu}\\p{N}]{1,9})(?![\\p{L}\\p{N})])`, 'gu');
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.]*[^\S\r\n]+$/u;
const FULL_NAME_WORD = /^(?:\p{Lu}[\p{L}-]*|dan|serta|&)$/u;
const MAX_FULL_NAME_WORDS = 10;

interface Mention {
  unit: TextUnit;
  start: number;
  end: number;
  found: string;
  region: Region;
}

/** A region: its kind when written ("kab", "kot", "pro" for Kabupaten or Kab., Kota, Provinsi or Prov.), and its name's words. */
interface Region {
  kind: string | null;
  words: string[];
}

/** The region after an office name: Title-case words up to a calendar, office or family word. */
function regionAfter(text: string, from: number): Region | null {
  const after = REGION.exec(text.slice(from, from + 80));
  if (!after) return null;
  const words: string[] = [];
  for (const w of after[2].split(/\s+/)) {
    if (!REGION_WORD.test(w) || NOT_NAME.has(w.toLowerCase()) || SPELLING_FAMILY.has(w) || HEAD.has(w)) break;
    words.push(w);
  }
  return words.length ? { kind: after[1]?.slice(0, 3).toLowerCase() ?? null, words } : null;
}

/**
 * The same region: one's words start the other's ("Banjar" and "Banjar Anjangsana"; not "Tanah
 * Laut" and "Tanah Bumbu"), and not a Kabupaten and a Kota of one name (Kabupaten and Kota Malang).
 */
function sameRegion(a: Region, b: Region): boolean {
  if (a.kind && b.kind && a.kind !== b.kind) return false;
  for (let i = 0; i < Math.min(a.words.length, b.words.length); i++) if (a.words[i] !== b.words[i]) return false;
  return true;
}

const before = (a: Mention, b: Mention) => a.unit.order - b.unit.order || a.start - b.start;

function familyMentions(ctx: LintContext): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const unit of ctx.units) {
    const text = unit.text;
    OFFICE.lastIndex = 0;
    for (let m = OFFICE.exec(text); m; m = OFFICE.exec(text)) {
      const found = m[0].replace(/\s+/g, ' ');
      const family = SPELLING_FAMILY.get(found);
      const region = regionAfter(text, m.index + m[0].length);
      if (family === undefined || !region) continue;
      let list = out.get(family);
      if (!list) out.set(family, (list = []));
      list.push({ unit, start: m.index, end: m.index + m[0].length, found, region });
    }
  }
  return out;
}

interface Intro extends Mention {
  acronym: string;
  /** The head word of the full name ("Dinas"), whose initial an acronym may or may not carry. */
  head: string;
}

/** "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Banjar": the acronym, its head word and region. */
function intros(ctx: LintContext): Intro[] {
  const out: Intro[] = [];
  for (const unit of ctx.units) {
    const text = unit.text;
    INTRO.lastIndex = 0;
    for (let m = INTRO.exec(text); m; m = INTRO.exec(text)) {
      const words = text
        .slice(Math.max(0, m.index - 160), m.index)
        .trim()
        .split(/\s+/);
      let head: string | null = null;
      for (let i = words.length - 1; i >= Math.max(0, words.length - MAX_FULL_NAME_WORDS); i--) {
        const w = words[i].replace(/,$/, '');
        if (!FULL_NAME_WORD.test(w)) break;
        if (HEAD.has(w)) {
          head = w;
          break;
        }
      }
      const region = regionAfter(text, m.index + m[0].length);
      if (!head || !region) continue;
      const start = m.index + 1;
      out.push({ unit, start, end: start + m[1].length, found: m[1], acronym: m[1], head, region });
    }
  }
  return out;
}

/** The acronym's letters without the head word's initial ("DPUPR" of a Dinas is "PUPR"). */
function core(acronym: string, head: string): string {
  return acronym.length > 2 && acronym[0] === head[0] ? acronym.slice(1) : acronym;
}

/**
 * Two acronyms of one office: one's letters start the other's, the head word's initial aside
 * ("PU" and "PUPR", "DPUPR" and "PUPR"). Letters picked from the middle are another office's
 * ("BPD", the village council, is not "BPBD", the disaster agency).
 */
function sameOffice(a: string, b: string, head: string): boolean {
  const x = core(a, head);
  const y = core(b, head);
  if (a === b || Math.min(x.length, y.length) < 2) return false;
  return x.startsWith(y) || y.startsWith(x);
}

function acronymMentions(ctx: LintContext, intro: Intro): Mention[] {
  const out: Mention[] = [];
  for (const unit of ctx.units) {
    const text = unit.text;
    ACRONYM.lastIndex = 0;
    for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
      const acronym = m[2];
      // "Diskominfo SP", "Kadis PU": an acronym after another capitalised word is part of another name.
      if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (TITLES.has(acronym.toLowerCase()) || !sameOffice(acronym, intro.acronym, intro.head)) continue;
      const region = regionAfter(text, m.index + m[0].length);
      if (!region || !sameRegion(region, intro.region)) continue;
      out.push({ unit, start: m.index, end: m.index + m[0].length, found: m[0].replace(/\s+/g, ' '), region });
    }
  }
  return out;
}

export function institutionVariants(ctx: LintContext, severity: Exclude<RuleSeverity, 'off'>): RuleHit[] {
  const hits = new Map<string, RuleHit>();
  const report = (o: Mention, first: Mention, expected: string, messageId: string) => {
    const key = `${o.unit.order}:${o.start}`;
    if (hits.has(key)) return;
    const where = ctx.whereAt(first.unit, first.start);
    const region = o.region.words.join(' ');
    hits.set(key, {
      unit: o.unit,
      start: o.start,
      end: o.end,
      found: o.found,
      expected,
      messageId,
      data: { found: o.found, expected, where, region },
      suggestion: `use one short name for the office in ${region}: "${expected}"`,
      severity,
    });
  };
  for (const list of familyMentions(ctx).values()) {
    list.sort(before);
    list.forEach((o, i) => {
      const first = list.slice(0, i).find((p) => sameRegion(p.region, o.region));
      if (first && first.found !== o.found) report(o, first, first.found, 'office');
    });
  }
  for (const intro of intros(ctx)) {
    for (const o of acronymMentions(ctx, intro)) {
      if (before(o, intro) <= 0) continue;
      const expected = o.found.startsWith(`${intro.head} `) ? `${intro.head} ${intro.acronym}` : intro.acronym;
      report(o, intro, expected, 'officeAcronym');
    }
  }
  return [...hits.values()];
}
