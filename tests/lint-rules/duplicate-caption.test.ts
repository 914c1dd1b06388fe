import { describe, expect, it } from 'vitest';
import { figure, lintDraft, lintFixture, lintHtml, ofRule, page } from './helpers.js';

const RULE = 'duplicate-caption';
const LEAD = '<p>BANJARMASIN – DPRD Kalsel menggelar rapat paripurna, Rabu (30/10/2024).</p>';
const CAPTION = 'Suasana rapat paripurna DPRD Kalsel di Banjarmasin, Rabu (30/10/2024). (Foto: Humas DPRD Kalsel)';

describe(RULE, () => {
  it('catches the same caption under two different images', () => {
    const findings = lintFixture('fixtures/lint/duplicate-caption-two-images.html');
    expect(findings.map((f) => f.rule)).toEqual([RULE]);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      where: 'caption[1]',
      messageId: 'differentImage',
    });
  });

  it('the same image twice (also at another size) is not a duplicate caption', () => {
    const html = page({
      published: '2024-10-30',
      blocks: [
        LEAD,
        figure('https://x.id/wp-content/uploads/rapat-800x450.jpg', CAPTION),
        '<p>Tiga perda disahkan.</p>',
        figure('https://x.id/wp-content/uploads/rapat.jpg', CAPTION),
      ],
    });
    expect(ofRule(lintHtml(html), RULE)).toEqual([]);
  });

  it('different captions, and short generic ones, are fine', () => {
    const html = page({
      published: '2024-10-30',
      blocks: [
        LEAD,
        figure('https://x.id/a.jpg', 'Ilustrasi (Foto: Net)'),
        '<p>Tiga perda disahkan.</p>',
        figure('https://x.id/b.jpg', 'Ilustrasi (Foto: Net)'),
        figure('https://x.id/c.jpg', CAPTION),
      ],
    });
    expect(ofRule(lintHtml(html), RULE)).toEqual([]);
  });

  it('in a draft without image addresses, two equal caption lines are duplicates', () => {
    const text = `# Paripurna DPRD Kalsel\n\nBANJARMASIN – Rapat paripurna digelar Rabu (30/10/2024).\n\nFoto: ${CAPTION}\n\nTiga perda disahkan.\n\nFOTO: ${CAPTION.toUpperCase()}\n`;
    const findings = ofRule(lintDraft(text), RULE);
    expect(findings.map((f) => f.where)).toEqual(['caption[1]']);
  });
});
