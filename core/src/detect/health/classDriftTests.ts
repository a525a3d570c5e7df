import { Registry } from "../../registry.js";
import type { ClassCounts, ClassDriftTest } from "./ClassDriftTest.js";
import { statClassDriftTest } from "./statClassDriftTest.js";

/**
 * Shares of each label in `labels` (0 when a label is absent).
 *
 * @example
 * shares({ a: 1, b: 3 }, ["a", "b", "c"]); // [0.25, 0.75, 0]
 */
export function shares(counts: ClassCounts, labels: readonly string[]): number[] {
  const total = labels.reduce((s, l) => s + (counts[l] ?? 0), 0);
  return labels.map((l) => (total === 0 ? 0 : (counts[l] ?? 0) / total));
}

/**
 * Union of the labels of two count records, sorted.
 *
 * @example
 * unionLabels({ b: 1 }, { a: 2 }); // ["a", "b"]
 */
export function unionLabels(a: ClassCounts, b: ClassCounts): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

/**
 * Largest absolute change in any class's share between reference and current (0..1). Simple and
 * readable in an alert ("fraud went from 2% to 9%"), with no sample-size correction.
 *
 * @example
 * maxShift.run({ a: 50, b: 50 }, { a: 80, b: 20 }, 0.1); // { detected: true, score: 0.3, threshold: 0.1 }
 */
export const maxShift: ClassDriftTest = {
  defaultThreshold: 0.1,
  scoreMeaning: "largest absolute change of one class's share (0..1)",
  run(reference, current, threshold) {
    const labels = unionLabels(reference, current);
    const r = shares(reference, labels);
    const c = shares(current, labels);
    let score = 0;
    for (let i = 0; i < labels.length; i++) score = Math.max(score, Math.abs((r[i] ?? 0) - (c[i] ?? 0)));
    return { detected: score > threshold, score, threshold };
  },
};

/**
 * The class-distribution tests by name: `max-shift`, `chisquare` (p-value, drift below 0.05) and
 * `jensenshannon` (distance, drift at or above 0.1), the last two with Evidently's numbers from
 * the data-drift module. Unknown names throw an `UnknownKeyError` listing these.
 *
 * @example
 * classDriftTests.get("chisquare").run(reference, current, 0.05);
 */
export const classDriftTests = new Registry<ClassDriftTest>("class drift test")
  .register("max-shift", maxShift)
  .register("chisquare", statClassDriftTest("chisquare", 0.05, "chi-square test p-value (drift below the threshold)"))
  .register(
    "jensenshannon",
    statClassDriftTest("jensenshannon", 0.1, "Jensen-Shannon distance of the class shares (drift at or above)"),
  );
