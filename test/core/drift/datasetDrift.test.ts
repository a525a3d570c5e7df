import {
  DriftCheckError,
  datasetDrift,
  driftSignals,
  inferColumnType,
  statChecks,
  toEmf,
  toPrometheus,
  UnknownKeyError,
} from "@airr/core";
import { describe, expect, it } from "vitest";

const base = Array.from({ length: 60 }, (_, i) => (i * 7919) % 101);

describe("datasetDrift", () => {
  it("computes the share of drifted columns against 0.5 and keeps Evidently's default test per column", () => {
    // Prepare
    const reference = { a: base, b: base.map((v) => v * 2), c: base.map((v) => (v % 3 === 0 ? "x" : "y")) };
    const current = {
      a: base.map((v) => v + 60),
      b: base.map((v) => v * 2),
      c: base.map((v) => (v % 3 === 0 ? "x" : "y")),
    };
    // Act
    const r = datasetDrift(reference, current);
    // Assess
    expect(r.columns.map((c) => [c.column, c.type, c.checks[0]?.test])).toEqual([
      ["a", "num", "ks"],
      ["b", "num", "ks"],
      ["c", "cat", "z"],
    ]);
    expect(r.driftedCount).toBe(1);
    expect(r.driftedShare).toBeCloseTo(1 / 3, 15);
    expect(r.drift).toBe(false);
    expect(datasetDrift(reference, current, { shareThreshold: 0.3 }).drift).toBe(true);
  });

  it("applies per-column thresholds and explicit tests; refuses unknown tests with the valid names", () => {
    const r = datasetDrift(
      { a: base },
      { a: base.map((v) => v + 5) },
      { tests: ["wasserstein", "chisquare"], thresholds: { a: 0.01 } },
    );
    expect(r.columns[0]?.checks[0]).toMatchObject({ test: "wasserstein", threshold: 0.01, drift: true });
    expect(r.columns[0]?.checks[1]).toMatchObject({ test: "chisquare", code: "CheckNotApplicable" });
    expect(() => datasetDrift({ a: base }, { a: base }, { tests: ["nope"] })).toThrow(UnknownKeyError);
  });

  it("throws typed errors for missing columns, empty and mistyped columns", () => {
    expect(() => datasetDrift({ a: [1] }, { b: [1] })).toThrow(expect.objectContaining({ code: "MissingColumn" }));
    expect(() => datasetDrift({ a: [1, 2] }, { a: [null, Number.NaN] })).toThrow(
      expect.objectContaining({ code: "EmptyColumn", where: "current:a" }),
    );
    expect(() => datasetDrift({ a: [1.5, 2.5] }, { a: [1.5, "x"] }, { types: { a: "num" } })).toThrow(DriftCheckError);
  });

  it("refuses empirical_mmd beyond 6000 pooled values instead of exhausting memory", () => {
    const big = Float64Array.from({ length: 3001 }, (_, i) => i);
    const mmd = statChecks.get("empirical_mmd");
    expect(() => mmd.run(big, big, "num", 0.1)).toThrow(expect.objectContaining({ code: "CheckInputTooLarge" }));
  });

  it("emits Signals and metric lines", () => {
    const r = datasetDrift({ a: base }, { a: base.map((v) => v + 60) });
    const [signal] = driftSignals(r, "2026-01-01T00:00:00.000Z");
    expect(signal).toMatchObject({
      kind: "drift.data",
      name: "ks:a",
      detected: true,
      threshold: 0.05,
      at: "2026-01-01T00:00:00.000Z",
    });
    const emf = toEmf(r, "airr/drift", 1700000000000, "orders");
    expect(emf[0]).toMatchObject({ Dataset: "orders", DatasetDrift: 1, DriftedShare: 1 });
    expect(emf[1]).toMatchObject({ Column: "a", Test: "ks", DriftDetected: 1, _aws: { Timestamp: 1700000000000 } });
    expect(toPrometheus(r, "orders")).toContain('airr_drift_detected{dataset="orders",column="a",test="ks"} 1');
  });
});

describe("inferColumnType (Evidently's rules)", () => {
  it("reads integers with at most 5 distinct reference values, strings and booleans as categorical", () => {
    expect(inferColumnType([1, 2, 3, 1], [2])).toBe("cat");
    expect(inferColumnType([1, 2, 3, 4, 5, 6], [2])).toBe("num");
    expect(inferColumnType([1, 2, null], [2])).toBe("num");
    expect(inferColumnType([0.5, 1], [2])).toBe("num");
    expect(inferColumnType(["a"], ["b"])).toBe("cat");
    expect(inferColumnType([true, false], [true])).toBe("cat");
  });
});

describe("statChecks registry", () => {
  it("registers every Evidently name with its default threshold and column types", () => {
    const table = Object.fromEntries(
      statChecks.entries().map(([k, c]) => [k, [c.defaultThreshold, [...c.types].sort().join("+")]]),
    );
    expect(table).toEqual({
      ks: [0.05, "num"],
      wasserstein: [0.1, "num"],
      jensenshannon: [0.1, "cat+num"],
      psi: [0.1, "cat+num"],
      kl_div: [0.1, "cat+num"],
      hellinger: [0.1, "cat+num"],
      anderson: [0.1, "num"],
      cramer_von_mises: [0.1, "num"],
      ed: [0.1, "num"],
      t_test: [0.05, "num"],
      mannw: [0.05, "num"],
      es: [0.05, "num"],
      empirical_mmd: [0.1, "num"],
      chisquare: [0.05, "cat"],
      z: [0.05, "cat"],
      g_test: [0.1, "cat"],
      fisher_exact: [0.1, "cat"],
      TVD: [0.1, "cat"],
    });
  });
});
