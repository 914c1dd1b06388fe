// Types for bench/text-score.mjs (so TypeScript tests can import it under `strict`).
export interface TextItem {
  file: string;
  with?: string[];
  without?: string[];
  title?: string;
}
export interface TextPrediction {
  text?: string | null;
  headline?: string | null;
}
export interface TextPageScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  missed: string[];
  leaked: string[];
}
export function normalizeSpace(s: unknown): string;
export function scoreTextPage(item: TextItem, prediction: TextPrediction | null): TextPageScore;
export function evaluateText(
  truth: TextItem[],
  predictions: Record<string, TextPrediction>,
): {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  counts: { tp: number; fp: number; fn: number; tn: number };
  headline: { pages: number; right: number; accuracy: number };
  pages: number;
  perPage: (TextPageScore & { file: string; headline: boolean | null })[];
};
