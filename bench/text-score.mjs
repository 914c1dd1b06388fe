#!/usr/bin/env node
// text-dev scorer: the main-text metric of trafilatura's evaluation (tests/comparison.py,
// in our words in corpus/text-dev/README.md), dependency-free.
//
// Each page names passages that a correct main text must contain (`with`) and passages it
// must not (`without`). Output and passages are normalised (every run of whitespace becomes
// one space, ends trimmed), then tested by plain substring containment:
//   with    found -> TP, not found -> FN
//   without found -> FP, not found -> TN
// A page that gives no text counts its `with` passages as FN and its `without` as TN.
// Counts are summed over all pages (micro average), then
//   precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2PR/(P+R), accuracy = (TP+TN)/all.
// The headline is scored separately, on the pages whose truth gives a `title`: equal after
// the same whitespace normalisation.
//
// Library use: import { evaluateText } from './text-score.mjs';
//   evaluateText(truth, predictions) where truth is the list from truth.json and
//   predictions maps each `file` to { text, headline }.

/** Whitespace normalisation applied to output and passages alike. */
export function normalizeSpace(s) {
  return typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '';
}

/** Counts for one page. */
export function scoreTextPage(item, prediction) {
  const text = normalizeSpace(prediction?.text);
  const page = { tp: 0, fp: 0, fn: 0, tn: 0, missed: [], leaked: [] };
  for (const passage of item.with ?? []) {
    if (text && text.includes(normalizeSpace(passage))) page.tp++;
    else {
      page.fn++;
      page.missed.push(passage);
    }
  }
  for (const passage of item.without ?? []) {
    if (text && text.includes(normalizeSpace(passage))) {
      page.fp++;
      page.leaked.push(passage);
    } else page.tn++;
  }
  return page;
}

function ratio(a, b) {
  return b > 0 ? a / b : 0;
}

/** Micro-averaged metrics over every page of `truth`; a page without a prediction gives no text. */
export function evaluateText(truth, predictions) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let titles = 0;
  let titlesRight = 0;
  const perPage = [];
  for (const item of truth) {
    const prediction = predictions[item.file] ?? null;
    const page = scoreTextPage(item, prediction);
    tp += page.tp;
    fp += page.fp;
    fn += page.fn;
    tn += page.tn;
    let headline = null;
    if (typeof item.title === 'string' && item.title.trim()) {
      titles++;
      headline = normalizeSpace(prediction?.headline) === normalizeSpace(item.title);
      if (headline) titlesRight++;
    }
    perPage.push({ file: item.file, ...page, headline });
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
    accuracy: ratio(tp + tn, tp + tn + fp + fn),
    counts: { tp, fp, fn, tn },
    headline: { pages: titles, right: titlesRight, accuracy: ratio(titlesRight, titles) },
    pages: truth.length,
    perPage,
  };
}
