// Classification metrics for bench/quality.bench.ts. Plain formulas (a handful of lines each), so
// no library: the bench cross-checks the AUROCs with scikit-learn's roc_auc_score in the same run.

/** Precision, recall, F1 and false-positive rate of boolean predictions against boolean labels. */
export interface Confusion {
  n: number;
  positives: number;
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
}

export function confusion(predicted: readonly boolean[], actual: readonly boolean[]): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predicted.forEach((p, i) => {
    const a = actual[i] === true;
    if (p && a) tp++;
    else if (p) fp++;
    else if (a) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? Number.NaN : tp / (tp + fp);
  const recall = tp + fn === 0 ? Number.NaN : tp / (tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    n: predicted.length,
    positives: tp + fn,
    precision,
    recall,
    f1,
    fpr: fp + tn === 0 ? Number.NaN : fp / (fp + tn),
  };
}

/** Area under the ROC curve (Mann-Whitney, ties count half): higher scores should mean positive. */
export function auroc(scores: readonly number[], labels: readonly boolean[]): number {
  // A NaN would never equal itself in the tie loop below; there is no ranking to report anyway.
  if (scores.some(Number.isNaN)) return Number.NaN;
  const ranked = scores.map((s, i) => ({ s, pos: labels[i] === true })).sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let i = 0;
  while (i < ranked.length) {
    let j = i;
    while (j < ranked.length && ranked[j]?.s === ranked[i]?.s) j++;
    const midRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (ranked[k]?.pos) rankSum += midRank;
    i = j;
  }
  const pos = ranked.filter((r) => r.pos).length;
  const neg = ranked.length - pos;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export const pct = (x: number): string => (Number.isNaN(x) ? "–" : `${(100 * x).toFixed(1)}%`);

export const table = (head: string[], body: (string | number)[][]): string[] => [
  `| ${head.join(" | ")} |`,
  `| ${head.map(() => "---").join(" | ")} |`,
  ...body.map((r) => `| ${r.join(" | ")} |`),
];
