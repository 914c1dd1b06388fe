#!/usr/bin/env node
// dates-dev scorer: the publication-date metric of htmldate's evaluation (tests/comparison.py,
// in our words in corpus/dates-dev/README.md), dependency-free.
//
// The date part (YYYY-MM-DD) of `published` is compared with the reference `date`:
//   equal                                  -> TP
//   a date that differs                    -> FP (a wrong date is a wrong claim)
//   no date where one was expected         -> FN
//   no date where the reference is null    -> TN
// precision = TP/(TP+FP), recall = TP/(TP+FN), accuracy = (TP+TN)/all.
// Upstream never counts the TN case as right; we do in `accuracy` and also report
// `accuracyNullWrong`, the accuracy with those pages counted as wrong, so both readings show.
//
// Library use: import { evaluateDates } from './date-score.mjs';
//   evaluateDates(truth, predictions): truth is the list from truth.json ({ file, url, date }),
//   predictions maps each `url` (one page serves two URLs, so the URL is the key) to
//   { published, publishedFrom }.

/** 'YYYY-MM-DD' of an ISO timestamp, or null. */
export function datePart(published) {
  if (typeof published !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  return m ? m[1] : null;
}

/** 'TP' | 'FP' | 'FN' | 'TN' for one page. */
export function classifyDate(reference, predicted) {
  if (predicted) return predicted === reference ? 'TP' : 'FP';
  return reference ? 'FN' : 'TN';
}

function ratio(a, b) {
  return b > 0 ? a / b : 0;
}

export function evaluateDates(truth, predictions) {
  const counts = { TP: 0, FP: 0, FN: 0, TN: 0 };
  const perPage = [];
  const bySource = {};
  for (const item of truth) {
    const prediction = predictions[item.url] ?? null;
    const got = datePart(prediction?.published);
    const verdict = classifyDate(item.date ?? null, got);
    counts[verdict]++;
    const from = got ? (prediction?.publishedFrom ?? 'unknown') : 'none';
    const s = (bySource[from] ??= { TP: 0, FP: 0, FN: 0, TN: 0 });
    s[verdict]++;
    perPage.push({ file: item.file, url: item.url, set: item.set ?? null, want: item.date ?? null, got, from, verdict });
  }
  const n = truth.length;
  const nullReferences = truth.filter((t) => !t.date).length;
  return {
    accuracy: ratio(counts.TP + counts.TN, n),
    accuracyNullWrong: ratio(counts.TP, n),
    precision: ratio(counts.TP, counts.TP + counts.FP),
    recall: ratio(counts.TP, counts.TP + counts.FN),
    counts,
    nullReferences,
    bySource,
    pages: n,
    perPage,
  };
}
