import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runAirr } from "../../helpers/runAirr.js";

const files = fileURLToPath(new URL("../../fixtures/drift/files/", import.meta.url));
const expected = JSON.parse(
  readFileSync(new URL("../../fixtures/drift/files_expected.json", import.meta.url), "utf8"),
) as Record<
  string,
  {
    drift: boolean;
    drifted_share: number;
    columns: {
      column: string;
      type: string;
      checks: { test: string; score: number; threshold: number; drift: boolean }[];
    }[];
  }
>;

/** Runs `airr drift --reference <ref> --current <cur> ...rest` on files of the fixtures folder. */
function drift(ref: string, cur: string, ...rest: string[]) {
  return runAirr(["drift", "--reference", `${files}${ref}`, "--current", `${files}${cur}`, ...rest]);
}

function close(actual: number, wanted: number): boolean {
  if (wanted === 0) return Math.abs(actual) < 1e-12;
  return Math.abs(actual - wanted) / Math.abs(wanted) <= 1e-9;
}

describe("airr drift --json matches pandas + Evidently end to end", () => {
  for (const [name, ref, cur] of [
    ["csv_vs_csv", "reference.csv", "current.csv"],
    ["csv_vs_jsonl", "reference.csv", "current.jsonl"],
    ["json_vs_json", "reference.json", "current.json"],
  ] as const) {
    it(name, () => {
      // Prepare
      const want = expected[name];
      // Act
      const run = drift(ref, cur, "--json");
      // Assess
      expect(run.status).toBe(0);
      const got = JSON.parse(run.stdout);
      expect(Object.keys(got)).toEqual(["drift", "drifted_share", "columns"]);
      expect(got.drift).toBe(want?.drift);
      expect(got.drifted_share).toBe(want?.drifted_share);
      expect(got.columns.map((c: { column: string; type: string }) => [c.column, c.type])).toEqual(
        want?.columns.map((c) => [c.column, c.type]),
      );
      got.columns.forEach(
        (c: { checks: { test: string; score: number; threshold: number; drift: boolean }[] }, i: number) => {
          const w = want?.columns[i]?.checks[0];
          expect(Object.keys(c.checks[0] ?? {})).toEqual(["test", "score", "threshold", "drift"]);
          expect(c.checks[0]?.test).toBe(w?.test);
          expect(close(c.checks[0]?.score ?? Number.NaN, w?.score ?? Number.NaN)).toBe(true);
          expect(c.checks[0]?.threshold).toBe(w?.threshold);
          expect(c.checks[0]?.drift).toBe(w?.drift);
        },
      );
    });
  }

  it("--test all runs every check of the column's type and reports refusals as errors", () => {
    const run = drift("reference.csv", "current.csv", "--column", "city", "--test", "all", "--json");
    expect(run.status).toBe(0);
    const checks = JSON.parse(run.stdout).columns[0].checks as { test: string; error?: string }[];
    expect(checks.map((c) => c.test).sort()).toEqual([
      "TVD",
      "chisquare",
      "fisher_exact",
      "g_test",
      "hellinger",
      "jensenshannon",
      "kl_div",
      "psi",
      "z",
    ]);
    expect(checks.find((c) => c.test === "fisher_exact")?.error).toMatch(/binary/);
    expect(Object.keys(checks.find((c) => c.test === "g_test") ?? {})).toEqual(["test", "error"]);
  });

  it("--type NAME=TYPE overrides one column's inferred type", () => {
    const run = drift("reference.csv", "current.csv", "--type", "clicks=num", "--json");
    const types = JSON.parse(run.stdout).columns.map((c: { column: string; type: string }) => `${c.column}:${c.type}`);
    expect(types).toEqual(["age:num", "income:num", "city:cat", "clicks:num"]);
  });

  it("--type and --threshold override inference and defaults", () => {
    const run = drift(
      "reference.csv",
      "current.csv",
      "--column",
      "clicks",
      "--type",
      "num",
      "--test",
      "wasserstein",
      "--threshold",
      "0.5",
      "--json",
    );
    const col = JSON.parse(run.stdout).columns[0];
    expect(col.type).toBe("num");
    expect(col.checks[0]).toMatchObject({ test: "wasserstein", threshold: 0.5 });
  });
});

describe("airr drift bad input", () => {
  it("names the file and line of malformed CSV", () => {
    const run = drift("malformed.csv", "current.csv", "--json");
    expect(run.status).toBe(2);
    const err = JSON.parse(run.stdout).error;
    expect(err.code).toBe("MalformedCsv");
    expect(err.where).toMatch(/malformed\.csv:3$/);
  });

  it("names the line of malformed JSONL", () => {
    const run = drift("reference.csv", "malformed.jsonl", "--json");
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({
      code: "MalformedJsonl",
      where: expect.stringMatching(/malformed\.jsonl:2$/),
    });
  });

  it("refuses a column missing on one side, with the available columns", () => {
    const run = drift("reference.csv", "current.json", "--column", "age", "--json");
    expect(run.status).toBe(2);
    const err = JSON.parse(run.stdout).error;
    expect(err.code).toBe("MissingColumn");
    expect(err.hint).toContain("value");
  });

  it("refuses text in a numerical column and an unknown test", () => {
    const mismatch = drift("reference.csv", "current.csv", "--column", "city", "--type", "num", "--json");
    expect(JSON.parse(mismatch.stdout).error.code).toBe("ColumnTypeMismatch");
    const unknown = drift("reference.csv", "current.csv", "--test", "kss", "--json");
    expect(unknown.status).toBe(2);
    expect(JSON.parse(unknown.stdout).error.hint).toContain("wasserstein");
  });

  it("prints Prometheus and EMF metric lines", () => {
    const prom = drift("reference.json", "current.json", "--metrics", "prometheus");
    expect(prom.stdout).toMatch(/^airr_drift_detected\{dataset="default",column="value",test="ks"\} 1$/m);
    expect(prom.stdout).toMatch(/^airr_dataset_drift\{dataset="default"\} 1$/m);
    const emf = drift("reference.json", "current.json", "--metrics", "emf");
    const docs = emf.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(docs[1]).toMatchObject({
      Column: "value",
      Test: "ks",
      DriftDetected: 1,
      _aws: { CloudWatchMetrics: [{ Namespace: "airr/drift" }] },
    });
  });
});
