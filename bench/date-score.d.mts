// Types for bench/date-score.mjs (so TypeScript tests can import it under `strict`).
export type Verdict = 'TP' | 'FP' | 'FN' | 'TN';
export interface DateItem {
  file: string;
  url: string;
  date: string | null;
  set?: string;
}
export interface DatePrediction {
  published?: string | null;
  publishedFrom?: string | null;
}
export function datePart(published: unknown): string | null;
export function classifyDate(reference: string | null, predicted: string | null): Verdict;
export function evaluateDates(
  truth: DateItem[],
  predictions: Record<string, DatePrediction>,
): {
  accuracy: number;
  accuracyNullWrong: number;
  precision: number;
  recall: number;
  counts: Record<Verdict, number>;
  nullReferences: number;
  bySource: Record<string, Record<Verdict, number>>;
  pages: number;
  perPage: { file: string; url: string; set: string | null; want: string | null; got: string | null; from: string; verdict: Verdict }[];
};
