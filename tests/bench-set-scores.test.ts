// Hand-computed checks of the text-dev and dates-dev scorers (bench/text-score.mjs,
// bench/date-score.mjs): the metrics of trafilatura's and htmldate's evaluations.
import { describe, expect, it } from 'vitest';
import { evaluateText, normalizeSpace, scoreTextPage } from '../bench/text-score.mjs';
import { classifyDate, datePart, evaluateDates } from '../bench/date-score.mjs';

describe('text-dev scorer', () => {
  it('normalises whitespace on both sides before testing containment', () => {
    expect(normalizeSpace('  a\n\n b\tc ')).toBe('a b c');
    const page = scoreTextPage({ file: 'x', with: ['first  line\nsecond'], without: ['Read more'] }, { text: 'first line second line' });
    expect(page).toMatchObject({ tp: 1, fn: 0, fp: 0, tn: 1 });
  });

  it('counts a leaked passage as FP and a missed one as FN', () => {
    const page = scoreTextPage({ file: 'x', with: ['kept', 'lost'], without: ['Share this', 'Menu'] }, { text: 'kept. Share this' });
    expect(page).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 1, missed: ['lost'], leaked: ['Share this'] });
  });

  it('an empty output misses every passage and leaks none', () => {
    expect(scoreTextPage({ file: 'x', with: ['a', 'b'], without: ['c'] }, { text: '' })).toMatchObject({ tp: 0, fn: 2, fp: 0, tn: 1 });
    expect(scoreTextPage({ file: 'x', with: ['a'], without: ['c'] }, null)).toMatchObject({ tp: 0, fn: 1, fp: 0, tn: 1 });
  });

  it('sums counts over pages (micro average) and scores headlines only where a title is given', () => {
    const truth = [
      { file: 'a', with: ['one', 'two'], without: ['nav'], title: 'Headline A' },
      { file: 'b', with: ['three'], without: ['foot', 'side'] },
      { file: 'c', with: ['four'], without: ['ad'], title: 'Headline  C' },
    ];
    const m = evaluateText(truth, {
      a: { text: 'one two nav', headline: 'Headline A' }, // tp 2, fp 1
      b: { text: 'nothing', headline: 'whatever' }, // fn 1, tn 2
      c: { text: 'four', headline: 'Headline C' }, // tp 1, tn 1; headline equal after normalisation
    });
    // tp 3, fp 1, fn 1, tn 3: P = 3/4, R = 3/4, F1 = 3/4, accuracy = 6/8
    expect(m.counts).toEqual({ tp: 3, fp: 1, fn: 1, tn: 3 });
    expect(m.precision).toBe(0.75);
    expect(m.recall).toBe(0.75);
    expect(m.f1).toBeCloseTo(0.75, 12);
    expect(m.accuracy).toBe(0.75);
    expect(m.headline).toEqual({ pages: 2, right: 2, accuracy: 1 });
  });
});

describe('dates-dev scorer', () => {
  it('takes the date part of a timestamp', () => {
    expect(datePart('2024-10-22T14:05:00+08:00')).toBe('2024-10-22');
    expect(datePart('2024-10-22')).toBe('2024-10-22');
    expect(datePart(null)).toBeNull();
    expect(datePart('22/10/2024')).toBeNull();
  });

  it('classifies each page', () => {
    expect(classifyDate('2024-10-22', '2024-10-22')).toBe('TP');
    expect(classifyDate('2024-10-22', '2024-10-21')).toBe('FP');
    expect(classifyDate(null, '2024-10-21')).toBe('FP');
    expect(classifyDate('2024-10-22', null)).toBe('FN');
    expect(classifyDate(null, null)).toBe('TN');
  });

  it('accuracy counts a null left null as right; accuracyNullWrong does not', () => {
    const truth = [
      { file: 'a', url: 'u1', date: '2020-01-01' },
      { file: 'b', url: 'u2', date: '2020-01-02' },
      { file: 'c', url: 'u3', date: '2020-01-03' },
      { file: 'd', url: 'u4', date: null },
      { file: 'e', url: 'u5', date: '2020-01-05' },
    ];
    const m = evaluateDates(truth, {
      u1: { published: '2020-01-01T10:00:00+07:00', publishedFrom: 'jsonld' }, // TP
      u2: { published: '2020-01-03', publishedFrom: 'visible' }, // FP
      u3: { published: null }, // FN
      u4: { published: null }, // TN
      u5: { published: '2020-01-05', publishedFrom: 'jsonld' }, // TP
    });
    expect(m.counts).toEqual({ TP: 2, FP: 1, FN: 1, TN: 1 });
    expect(m.accuracy).toBe(3 / 5);
    expect(m.accuracyNullWrong).toBe(2 / 5);
    expect(m.precision).toBe(2 / 3);
    expect(m.recall).toBe(2 / 3);
    expect(m.nullReferences).toBe(1);
    expect(m.bySource.jsonld).toEqual({ TP: 2, FP: 0, FN: 0, TN: 0 });
    expect(m.bySource.none).toEqual({ TP: 0, FP: 0, FN: 1, TN: 1 });
  });
});
