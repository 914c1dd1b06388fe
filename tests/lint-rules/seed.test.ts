/**
 * The seed page (fixtures/katajari-seed-anjangsana.html, the article of /work/shared/seed) with
 * the default configuration: the planted slip, once, and the office spelled two ways — nothing else.
 */
import { describe, expect, it } from 'vitest';
import { lintFixture, readFixture, textAt } from './helpers.js';

const SEED = 'fixtures/katajari-seed-anjangsana.html';

describe('the seed page', () => {
  it('reports exactly the planted slip (one error) and the office pair (one info)', () => {
    const findings = lintFixture(SEED);
    expect(findings.map((f) => [f.rule, f.severity, f.messageId, f.where, f.found, f.expected])).toEqual([
      ['weekday-mismatch', 'error', 'otherYearOnReference', 'caption[0]', 'Selasa (22/10/2023)', 'Selasa (22/10/2024)'],
      ['name-variant', 'info', 'office', 'caption[1]', 'Kominfo SP', 'Diskominfo SP'],
    ]);
    const html = readFixture(SEED);
    expect(findings.map((f) => textAt(html, f))).toEqual(['Selasa (22/10/2023)', 'Kominfo SP']);
    // "did you mean 2024?" needs judgement: no fix.
    expect(findings[0].fix).toBeUndefined();
  });
});
