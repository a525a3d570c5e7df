import { readFileSync } from "node:fs";
import { ColumnSummary, type ColumnType, DriftCheckError, type RawValue, summaryDrift } from "@airr/core";
import { describe, expect, it } from "vitest";

interface Case {
  name: string;
  type: ColumnType;
  reference: (number | string | null)[];
  current: (number | string | null)[];
  results: Record<string, { score?: number | null; drift?: boolean; error?: string }>;
  default?: { test: string; score: number | null; drift: boolean };
  error?: string;
}
const fixture = JSON.parse(readFileSync(new URL("../../fixtures/drift/stattests.json", import.meta.url), "utf8")) as {
  cases: Case[];
};
const decode = (v: Case["reference"]): RawValue[] =>
  v.map((x) => (x === "inf" ? Number.POSITIVE_INFINITY : x === "-inf" ? Number.NEGATIVE_INFINITY : x));
const ITERATIVE = new Set(["es", "anderson", "cramer_von_mises"]);

/** Three chunks summarised separately, merged, and passed through JSON like a function would. */
function summarise(type: ColumnType, values: RawValue[]): ColumnSummary {
  const third = Math.ceil(values.length / 3);
  const parts = [0, 1, 2].map((i) => ColumnSummary.of(type, values.slice(i * third, (i + 1) * third)));
  const merged = (parts[0] as ColumnSummary).merge(parts[1] as ColumnSummary).merge(parts[2] as ColumnSummary);
  return ColumnSummary.fromJSON(JSON.parse(JSON.stringify(merged)));
}

function close(actual: number, expected: number | null | undefined, rel: number): boolean {
  if (expected === null || expected === undefined) return Number.isNaN(actual);
  if (expected === 0) return Math.abs(actual) <= 1e-300;
  return Math.abs(actual - expected) / Math.abs(expected) <= rel;
}

describe("mergeable column summaries give Evidently's numbers", () => {
  for (const c of fixture.cases.filter((k) => k.error === undefined)) {
    it(c.name, () => {
      // Prepare
      const ref = summarise(c.type, decode(c.reference));
      const cur = summarise(c.type, decode(c.current));
      for (const [test, expected] of Object.entries(c.results)) {
        if (test === "empirical_mmd" || test === "TVD" || test === "es") {
          expect(() => summaryDrift(ref, cur, test)).toThrow(expect.objectContaining({ code: "NeedsRawSamples" }));
          continue;
        }
        if (expected.error !== undefined) {
          expect(() => summaryDrift(ref, cur, test)).toThrow(DriftCheckError);
          continue;
        }
        // Act
        const r = summaryDrift(ref, cur, test);
        // Assess
        expect(
          close(r.score, expected.score, ITERATIVE.has(test) ? 1e-6 : 1e-9),
          `${test}: ${r.score} vs ${expected.score}`,
        ).toBe(true);
        expect(r.drift, test).toBe(expected.drift);
      }
      const d = summaryDrift(ref, cur);
      expect(d.test).toBe(c.default?.test);
      expect(d.drift).toBe(c.default?.drift);
    });
  }

  it("bounds memory by distinct values and refuses to grow past maxDistinct", () => {
    const s = ColumnSummary.of(
      "num",
      Array.from({ length: 10_000 }, (_, i) => i % 7),
    );
    expect(s.counts.size).toBe(7);
    expect(s.count).toBe(10_000);
    expect(() => ColumnSummary.of("num", [1, 2, 3], 2)).toThrow(expect.objectContaining({ code: "SummaryTooLarge" }));
    expect(() => ColumnSummary.fromJSON({ version: 1, type: "num", values: [1], counts: [] })).toThrow(
      expect.objectContaining({ code: "InvalidSummary" }),
    );
  });
});
