import { ColumnSummary } from "../drift/summary/columnSummary.js";
import { summaryDrift } from "../drift/summary/summaryDrift.js";
import type { ClassCounts, ClassDriftTest } from "./ClassDriftTest.js";

const summaryOf = (counts: ClassCounts): ColumnSummary => {
  const labels = Object.keys(counts).filter((l) => (counts[l] ?? 0) > 0);
  return ColumnSummary.fromJSON({
    version: 1,
    type: "cat",
    missing: 0,
    maxDistinct: Math.max(1, labels.length),
    values: labels,
    counts: labels.map((l) => counts[l] ?? 0),
  });
};

/**
 * A class drift test backed by one of the data-drift module's stat checks on categorical
 * counts (`summaryDrift`, Evidently's numbers). The score keeps that check's meaning: a p-value
 * for `chisquare` (drift below the threshold), a distance for `jensenshannon` (drift at or above).
 *
 * @example
 * statClassDriftTest("chisquare", 0.05, "chi-square p-value").run({ a: 50, b: 50 }, { a: 80, b: 20 }, 0.05).detected; // true
 */
export function statClassDriftTest(name: string, defaultThreshold: number, scoreMeaning: string): ClassDriftTest {
  return {
    defaultThreshold,
    scoreMeaning,
    run(reference, current, threshold) {
      const r = summaryDrift(summaryOf(reference), summaryOf(current), name, threshold);
      return { detected: r.drift, score: r.score, threshold: r.threshold };
    },
  };
}
