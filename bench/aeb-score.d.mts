// Types for bench/aeb-score.mjs (so TypeScript tests can import it under `strict`).

export const NGRAM_N: 4;

export interface Entry {
  articleBody?: string | null;
  url?: string;
}
export type GroundTruth = Record<string, Entry>;
export type Predictions = Record<string, Entry | string> | { version?: string; output: Record<string, Entry | string> };

export interface Metrics {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

export interface PageScore {
  /** Counts normalised by TP + FP + FN (when > 0). */
  tp: number;
  fp: number;
  fn: number;
  /** Shingle counts before normalisation. */
  raw: { tp: number; fp: number; fn: number };
  precision: number;
  recall: number;
  f1: number;
  /** The prediction has at least one shingle (page counts in macro precision). */
  hasPrediction: boolean;
  /** The truth has at least one shingle (page counts in macro recall). */
  hasTruth: boolean;
  /** Token lists are equal. */
  exact: boolean;
}

export interface PerPage {
  id: string;
  /** null when the prediction is empty (page left out of macro precision). */
  precision: number | null;
  recall: number;
  f1: number;
  exact: boolean;
  tp: number;
  fp: number;
  fn: number;
  shingles: { tp: number; fp: number; fn: number };
}

export interface EvaluateResult extends Metrics {
  std: Metrics;
  pages: number;
  predictedPages: number;
  perPage: PerPage[];
}

export interface EvaluateOptions {
  bootstrap?: number;
  seed?: number;
  strict?: boolean;
}

export function tokenize(text: string | null | undefined): string[];
export function shingles(tokens: string[], n?: number): Map<string, number>;
export function precisionScore(tp: number, fp: number, fn: number): number;
export function recallScore(tp: number, fp: number, fn: number): number;
export function bodyOf(entry: Entry | string | null | undefined): string;
export function scorePage(truth: string, prediction: string): PageScore;
export function aggregate(pages: Array<Pick<PageScore, 'tp' | 'fp' | 'fn' | 'hasPrediction' | 'hasTruth' | 'exact'>>): Metrics;
export function stdev(values: number[]): number;
export function mulberry32(seed: number): () => number;
export function bootstrapStd(pagesA: PageScore[], options?: { bootstrap?: number; seed?: number; pagesB?: PageScore[] | null }): Metrics;
export function unwrapPredictions(predictions: Predictions): Record<string, Entry | string>;
export function evaluate(groundTruth: GroundTruth, predictions: Predictions, options?: EvaluateOptions): EvaluateResult;
export function compare(resultA: EvaluateResult, resultB: EvaluateResult, options?: { bootstrap?: number; seed?: number }): Metrics & { std: Metrics };
export function fmtMetric(value: number | null | undefined, std?: number | null, digits?: number): string;
export function formatRow(name: string, result: Metrics & { std?: Partial<Metrics> }, width?: number): string;
export function formatHeader(width?: number): string;
export function findCorpusDir(explicit?: string): string;
