/**
 * Inline suppression in drafts: kliping-disable-next-line / -line / disable…enable comments
 * silence the named rules where they stand, and a comment that silences nothing (or names
 * no rule) is reported itself.
 */
import { describe, expect, it } from 'vitest';
import { lintDraft } from './lint-rules/helpers.js';
import { readDirectives } from '../src/lint/directives.js';
import { extractDraft } from '../src/extract/draft.js';

const FRONT = `---
title: Bupati Banjar Resmikan Jembatan
published: 2024-10-28T15:40:00+08:00
---

# Bupati Banjar Resmikan Jembatan

MARTAPURA, Katajari.com – Bupati Banjar meresmikan jembatan gantung, Senin (28/10/2024) pagi.
`;

/** A caption dated a year before the dateline: caption-date-conflict's finding. */
const OLD_PHOTO = `![Jembatan lama](foto/jembatan.jpg)
*Jembatan gantung Sungai Tabuk sebelum diperbaiki, Sabtu (28/10/2023). (Foto: Prokopim Banjar)*
`;

function rulesOf(text: string): string[] {
  return lintDraft(text).map((f) => f.rule);
}

describe('kliping-disable comments in drafts', () => {
  it('without a comment the old photo is reported', () => {
    expect(rulesOf(FRONT + '\n' + OLD_PHOTO)).toContain('caption-date-conflict');
  });

  it('disable-next-line silences the named rule in the next block, with its reason', () => {
    const text = FRONT + '\n<!-- kliping-disable-next-line caption-date-conflict -- foto arsip 2023 -->\n' + OLD_PHOTO;
    const rules = rulesOf(text);
    expect(rules.filter((r) => r.startsWith('caption-date-conflict'))).toEqual([]);
    expect(rules.filter((r) => r.startsWith('lint-directive'))).toEqual([]);
    expect(readDirectives(text, extractDraft(text).draft!)[0]).toMatchObject({
      kind: 'disable-next-line',
      rules: ['caption-date-conflict'],
      reason: 'foto arsip 2023',
    });
  });

  it('a comment naming another rule leaves the finding, and is reported as unused', () => {
    const text = FRONT + '\n<!-- kliping-disable-next-line missing-credit -->\n' + OLD_PHOTO;
    const findings = lintDraft(text);
    expect(findings.some((f) => f.rule === 'caption-date-conflict')).toBe(true);
    const unused = findings.filter((f) => f.rule === 'lint-directive');
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ messageId: 'unused', severity: 'warning', line: 10, column: 1 });
  });

  it('disable … enable covers a range, and only that range', () => {
    const second = OLD_PHOTO.replace('sebelum diperbaiki', 'dari sisi desa');
    const text = FRONT + '\n<!-- kliping-disable caption-date-conflict -->\n' + OLD_PHOTO + '\n<!-- kliping-enable caption-date-conflict -->\n\n' + second;
    const findings = lintDraft(text).filter((f) => f.rule === 'caption-date-conflict');
    expect(findings).toHaveLength(1);
    expect(findings[0].found).toContain('2023');
    expect(findings[0].line).toBeGreaterThan(14);
  });

  it('a comment with no rule names silences every rule there', () => {
    const text = FRONT + '\n<!-- kliping-disable-next-line -->\n' + OLD_PHOTO;
    expect(lintDraft(text).filter((f) => f.line !== null && f.line >= 10)).toEqual([]);
  });

  it('disable-line covers the line it ends', () => {
    const slip = FRONT.replace('pagi.', 'pagi. Rapat persiapan digelar Kamis (25/10/2024).');
    expect(lintDraft(slip).some((f) => f.rule === 'weekday-mismatch')).toBe(true);
    const silenced = slip.replace('(25/10/2024).', '(25/10/2024). <!-- kliping-disable-line weekday-mismatch -->');
    expect(lintDraft(silenced).filter((f) => f.rule === 'weekday-mismatch' || f.rule === 'lint-directive')).toEqual([]);
  });

  it('an unknown rule name is an error, so a typo does not silently suppress nothing', () => {
    const text = FRONT + '\n<!-- kliping-disable-next-line caption-date-conflit -->\n' + OLD_PHOTO;
    const findings = lintDraft(text);
    expect(findings.filter((f) => f.rule === 'lint-directive').map((f) => [f.messageId, f.severity])).toEqual([['unknownRule', 'error']]);
    expect(findings.some((f) => f.rule === 'caption-date-conflict')).toBe(true);
  });

  it('a comment naming a rule that is switched off is not reported as unused', () => {
    const text = FRONT + '\n<!-- kliping-disable-next-line missing-credit -->\n' + OLD_PHOTO;
    expect(lintDraft(text, { rules: { 'missing-credit': 'off' } }).filter((f) => f.rule === 'lint-directive')).toEqual([]);
  });

  it('enabling one rule does not end a disable of every rule for the others', () => {
    const text = FRONT + '\n<!-- kliping-disable -->\n\n<!-- kliping-enable weekday-mismatch -->\n\n' + OLD_PHOTO;
    const findings = lintDraft(text);
    expect(findings.some((f) => f.rule === 'caption-date-conflict')).toBe(false);
    expect(findings.filter((f) => f.rule === 'lint-directive')).toEqual([]);
  });

  it('next line is the next block as Markdown sees it: a heading, not the paragraph under it; one list item, not the list', () => {
    const slip = 'Rapat persiapan digelar Kamis (25/10/2024).';
    const heading = FRONT + '\n<!-- kliping-disable-next-line -->\n## Persiapan\n' + slip + '\n';
    expect(lintDraft(heading).some((f) => f.rule === 'weekday-mismatch')).toBe(true);
    const list = FRONT + '\n<!-- kliping-disable-next-line weekday-mismatch -->\n- Survei lokasi Selasa (23/10/2024).\n- ' + slip + '\n';
    const left = lintDraft(list).filter((f) => f.rule === 'weekday-mismatch');
    expect(left).toHaveLength(1);
    expect(left[0].found).toContain('Kamis');
  });

  it('a directive shown inside code is no directive', () => {
    const text = FRONT + '\n```\n<!-- kliping-disable -->\n```\n\n' + OLD_PHOTO;
    expect(lintDraft(text).some((f) => f.rule === 'caption-date-conflict')).toBe(true);
    const inline = FRONT + '\nTulis `<!-- kliping-disable -->` untuk mematikan semua aturan.\n\n' + OLD_PHOTO;
    expect(lintDraft(inline).some((f) => f.rule === 'caption-date-conflict')).toBe(true);
  });

  it('the comments are not article text', () => {
    const text = FRONT + '\n<!-- kliping-disable-next-line caption-date-conflict -- foto arsip -->\n' + OLD_PHOTO;
    expect(lintDraft(text).every((f) => !f.found.includes('kliping-disable'))).toBe(true);
  });
});
