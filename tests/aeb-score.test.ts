// Hand-computed checks of the AEB scorer (bench/aeb-score.mjs), a port of
// scrapinghub/article-extraction-benchmark evaluate.py. Every expected number below
// was worked out by hand from the shingles listed in the comments.
import { describe, expect, it } from 'vitest';
import { aggregate, compare, evaluate, mulberry32, scorePage, shingles, stdev, tokenize } from '../bench/aeb-score.mjs';

describe('tokenize (Python str \\w+)', () => {
  it('splits on everything that is not a letter, digit or underscore; keeps case', () => {
    expect(tokenize("Hello, world! It's 2024_x — OK.")).toEqual(['Hello', 'world', 'It', 's', '2024_x', 'OK']);
  });

  it('handles empty and missing text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  ... — !! ')).toEqual([]);
    expect(tokenize(null as unknown as string)).toEqual([]);
    expect(tokenize(undefined as unknown as string)).toEqual([]);
  });

  it('matches any script, numbers of all kinds, but not combining marks', () => {
    expect(tokenize('Selasa (22/10/2024) siang')).toEqual(['Selasa', '22', '10', '2024', 'siang']);
    expect(tokenize('Привет, мир')).toEqual(['Привет', 'мир']);
    expect(tokenize('東京 2019年')).toEqual(['東京', '2019年']);
    expect(tokenize('x² ½ Ⅻ ٣')).toEqual(['x²', '½', 'Ⅻ', '٣']);
    // Precomposed ï is a letter; a combining acute (U+0301, category Mn) is not \w in Python.
    expect(tokenize('naïve')).toEqual(['naïve']);
    expect(tokenize('cafe\u0301 ok')).toEqual(['cafe', 'ok']);
    // Devanagari vowel signs / virama are marks: Python gives ['नमस', 'त'].
    expect(tokenize('नमस्ते')).toEqual(['नमस', 'त']);
    // Connector punctuation other than '_' separates (U+203F UNDERTIE).
    expect(tokenize('a\u203fb')).toEqual(['a', 'b']);
  });
});

describe('shingles (4-token multiset)', () => {
  it('gives no shingle for no tokens', () => {
    expect(shingles([])).toEqual(new Map());
  });

  it('gives one shingle of all tokens for 1 to 3 tokens', () => {
    expect(shingles(['Breaking'])).toEqual(new Map([['Breaking', 1]]));
    expect(shingles(['Breaking', 'news'])).toEqual(new Map([['Breaking news', 1]]));
    expect(shingles(['Breaking', 'news', 'today'])).toEqual(new Map([['Breaking news today', 1]]));
  });

  it('gives len - 3 shingles from 4 tokens on, counting repeats', () => {
    expect(shingles(['a', 'b', 'c', 'd'])).toEqual(new Map([['a b c d', 1]]));
    expect(shingles(['a', 'b', 'c', 'd', 'e'])).toEqual(
      new Map([
        ['a b c d', 1],
        ['b c d e', 1],
      ]),
    );
    // a b c d a b c d: abcd, bcda, cdab, dabc, abcd
    expect(shingles('a b c d a b c d'.split(' '))).toEqual(
      new Map([
        ['a b c d', 2],
        ['b c d a', 1],
        ['c d a b', 1],
        ['d a b c', 1],
      ]),
    );
  });
});

describe('scorePage', () => {
  it('one wrong last token: TP 2, FP 1, FN 1 → normalised 1/2, 1/4, 1/4', () => {
    // truth: abcd bcde cdef; prediction: abcd bcde cdex
    const s = scorePage('a b c d e f', 'a b c d e x');
    expect(s.raw).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(s.tp).toBe(0.5);
    expect(s.fp).toBe(0.25);
    expect(s.fn).toBe(0.25);
    expect(s.precision).toBeCloseTo(2 / 3, 15);
    expect(s.recall).toBeCloseTo(2 / 3, 15);
    expect(s.f1).toBeCloseTo(2 / 3, 15);
    expect(s.exact).toBe(false);
  });

  it('punctuation and spacing differences only: still exact, P = R = 1', () => {
    const s = scorePage("Hello, world — it's fine.", 'Hello\n\nworld   it s fine');
    expect(s.raw).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.exact).toBe(true);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(1);
  });

  it('keeps case: a case-only difference is a miss', () => {
    // one shingle each, different: TP 0, FP 1, FN 1
    const s = scorePage('The Cat sat down', 'the cat sat down');
    expect(s.raw).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.tp).toBe(0);
    expect(s.fp).toBe(0.5);
    expect(s.fn).toBe(0.5);
    expect(s.precision).toBe(0);
    expect(s.recall).toBe(0);
    expect(s.exact).toBe(false);
  });

  it('short texts: the single short shingle must match whole', () => {
    expect(scorePage('Breaking news', 'Breaking news!')).toMatchObject({
      raw: { tp: 1, fp: 0, fn: 0 },
      precision: 1,
      recall: 1,
      exact: true,
    });
    // "Breaking" vs "Breaking news": different single shingles.
    expect(scorePage('Breaking news', 'Breaking')).toMatchObject({
      raw: { tp: 0, fp: 1, fn: 1 },
      precision: 0,
      recall: 0,
    });
    // 3 tokens → 1 shingle; 5 tokens → 2 four-token shingles; none shared.
    expect(scorePage('Breaking news today', 'Breaking news today and more')).toMatchObject({
      raw: { tp: 0, fp: 2, fn: 1 },
      precision: 0,
      recall: 0,
    });
  });

  it('empty prediction: only FN, no shingle predicted', () => {
    const s = scorePage('a b c d e', '');
    expect(s.raw).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect([s.tp, s.fp, s.fn]).toEqual([0, 0, 1]);
    expect(s.hasPrediction).toBe(false);
    expect(s.recall).toBe(0);
  });

  it('multiset counts: a repeated shingle is matched once per occurrence', () => {
    // truth abcd×2 bcda cdab dabc (5); prediction abcd (1): TP 1, FP 0, FN 4
    const s = scorePage('a b c d a b c d', 'a b c d');
    expect(s.raw).toEqual({ tp: 1, fp: 0, fn: 4 });
    expect(s.tp).toBeCloseTo(0.2, 15);
    expect(s.fn).toBeCloseTo(0.8, 15);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.2, 15);
  });

  it('both empty: no counts; recall and precision 1 by definition', () => {
    const s = scorePage('', '...');
    expect(s.raw).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(1);
    expect(s.hasPrediction).toBe(false);
    expect(s.hasTruth).toBe(false);
    expect(s.exact).toBe(true);
  });
});

describe('evaluate (macro averages)', () => {
  const truth = {
    p1: { articleBody: 'a b c d e f', url: 'https://one.example/a' },
    p2: { articleBody: "Hello, world — it's fine.", url: 'https://two.example/b' },
    p3: { articleBody: 'a b c d e', url: 'https://three.example/c' },
    p4: { articleBody: 'a b c d a b c d', url: 'https://four.example/d' },
  };
  const preds = {
    p1: { articleBody: 'a b c d e x' }, // P 2/3, R 2/3
    p2: { articleBody: 'Hello world it s fine' }, // P 1, R 1, exact
    p3: { articleBody: '' }, // left out of precision, R 0
    p4: { articleBody: 'a b c d' }, // P 1, R 1/5
  };

  it('precision over non-empty predictions, recall over all, F1 from the averages', () => {
    const r = evaluate(truth, preds, { bootstrap: 0 });
    // P = (2/3 + 1 + 1) / 3 = 8/9
    expect(r.precision).toBeCloseTo(8 / 9, 15);
    // R = (2/3 + 1 + 0 + 1/5) / 4 = 7/15
    expect(r.recall).toBeCloseTo(7 / 15, 15);
    // F1 = 2 · 8/9 · 7/15 / (8/9 + 7/15) = 112/183 (not the mean of per-page F1)
    expect(r.f1).toBeCloseTo(112 / 183, 15);
    expect(r.accuracy).toBe(0.25);
    expect(r.pages).toBe(4);
    expect(r.predictedPages).toBe(3);
    expect(r.std).toEqual({ f1: 0, precision: 0, recall: 0, accuracy: 0 });
  });

  it('reports per-page scores, precision null for an empty prediction', () => {
    const r = evaluate(truth, preds, { bootstrap: 0 });
    expect(r.perPage.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(r.perPage[2]).toMatchObject({ id: 'p3', precision: null, recall: 0, f1: 0, exact: false });
    expect(r.perPage[1]).toMatchObject({ id: 'p2', precision: 1, recall: 1, f1: 1, exact: true });
    expect(r.perPage[3].f1).toBeCloseTo((2 * 1 * 0.2) / 1.2, 15);
  });

  it('accepts the wrapped upstream form and bare strings', () => {
    const wrapped = { version: 'x', output: { ...preds, p1: 'a b c d e x' } };
    expect(evaluate(truth, wrapped, { bootstrap: 0 }).f1).toBeCloseTo(112 / 183, 15);
  });

  it('refuses mismatched ids unless strict is off (then missing = empty)', () => {
    const { p4: _dropped, ...three } = preds;
    expect(() => evaluate(truth, three, { bootstrap: 0 })).toThrow(/1 missing/);
    expect(() => evaluate(truth, { ...preds, extra: { articleBody: 'x' } }, { bootstrap: 0 })).toThrow(/1 extra/);
    const r = evaluate(truth, three, { bootstrap: 0, strict: false });
    // p4 now empty: P = (2/3 + 1) / 2 = 5/6, R = (2/3 + 1 + 0 + 0) / 4 = 5/12
    expect(r.precision).toBeCloseTo(5 / 6, 15);
    expect(r.recall).toBeCloseTo(5 / 12, 15);
  });

  it('an all-empty prediction set scores 0 instead of crashing', () => {
    const empty = Object.fromEntries(Object.keys(truth).map((id) => [id, { articleBody: '' }]));
    const r = evaluate(truth, empty, { bootstrap: 10 });
    expect([r.f1, r.precision, r.recall, r.accuracy]).toEqual([0, 0, 0, 0]);
  });

  it('bootstrap std is reproducible for a seed and is a sample std', () => {
    const a = evaluate(truth, preds, { bootstrap: 200, seed: 42 });
    const b = evaluate(truth, preds, { bootstrap: 200, seed: 42 });
    expect(a.std).toEqual(b.std);
    expect(a.std.recall).toBeGreaterThan(0);
    expect(stdev([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(5 / 3), 15);
    const rand = mulberry32(1);
    const xs = Array.from({ length: 1000 }, () => rand());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('compare() gives paired differences', () => {
    const a = evaluate(truth, preds, { bootstrap: 0 });
    const b = evaluate(truth, truth, { bootstrap: 0 });
    const d = compare(a, b, { bootstrap: 50, seed: 3 });
    expect(d.f1).toBeCloseTo(112 / 183 - 1, 15);
    expect(d.accuracy).toBeCloseTo(-0.75, 15);
    expect(aggregate([])).toEqual({ f1: 0, precision: 0, recall: 0, accuracy: 0 });
  });
});
