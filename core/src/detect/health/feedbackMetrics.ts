import { type Interval, wilsonInterval } from "./wilsonInterval.js";

/** Precision, recall and F1 of one class (or an average of them). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Metrics from human feedback: what the model predicted vs the label a person gave. */
export interface FeedbackMetrics {
  labelled: number;
  correct: number;
  /** NaN (null in JSON) until the first label. */
  accuracy: number;
  /** Wilson interval of the accuracy. */
  accuracyInterval: Interval;
  macro: Prf;
  /** For single-label classification micro precision = recall = F1 = accuracy. */
  micro: Prf;
  perClass: Record<string, Prf & { support: number }>;
  /** `confusion[actual][predicted]`, non-zero cells only. */
  confusion: Record<string, Record<string, number>>;
}

// scikit-learn's zero_division=0: a ratio with an empty denominator is 0.
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Confusion-matrix metrics with scikit-learn's conventions: the classes are those seen as a
 * label or a prediction, macro averages are unweighted over them, and empty ratios are 0.
 *
 * @example
 * feedbackMetrics([["fraud", "fraud", 8], ["fraud", "legit", 2], ["legit", "legit", 10]]).macro.f1;
 */
export function feedbackMetrics(
  cells: readonly [actual: string, predicted: string, count: number][],
  confidence = 0.95,
): FeedbackMetrics {
  const tp = new Map<string, number>();
  const predicted = new Map<string, number>();
  const support = new Map<string, number>();
  const confusion: Record<string, Record<string, number>> = {};
  let labelled = 0;
  let correct = 0;
  for (const [a, p, c] of cells) {
    if (c === 0) continue;
    labelled += c;
    support.set(a, (support.get(a) ?? 0) + c);
    predicted.set(p, (predicted.get(p) ?? 0) + c);
    if (!tp.has(a)) tp.set(a, 0);
    if (!tp.has(p)) tp.set(p, 0);
    if (a === p) {
      correct += c;
      tp.set(a, (tp.get(a) ?? 0) + c);
    }
    const row = confusion[a] ?? {};
    row[p] = (row[p] ?? 0) + c;
    confusion[a] = row;
  }
  const perClass: FeedbackMetrics["perClass"] = {};
  let sumP = 0;
  let sumR = 0;
  let sumF = 0;
  const labels = [...tp.keys()].sort();
  for (const label of labels) {
    const t = tp.get(label) ?? 0;
    const precision = ratio(t, predicted.get(label) ?? 0);
    const recall = ratio(t, support.get(label) ?? 0);
    const f = f1(precision, recall);
    perClass[label] = { precision, recall, f1: f, support: support.get(label) ?? 0 };
    sumP += precision;
    sumR += recall;
    sumF += f;
  }
  const k = labels.length;
  const accuracy = labelled === 0 ? Number.NaN : correct / labelled;
  const micro =
    labelled === 0 ? { precision: 0, recall: 0, f1: 0 } : { precision: accuracy, recall: accuracy, f1: accuracy };
  return {
    labelled,
    correct,
    accuracy,
    accuracyInterval: wilsonInterval(correct, labelled, confidence),
    macro: { precision: ratio(sumP, k), recall: ratio(sumR, k), f1: ratio(sumF, k) },
    micro,
    perClass,
    confusion,
  };
}
