import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runAirr } from "../helpers/runAirr.js";

const fixtures = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
const river = JSON.parse(readFileSync(fixtures("stream/river.json"), "utf8")) as {
  cases: {
    name: string;
    detector: string;
    params: Record<string, unknown>;
    stream: number[];
    drifts: number[];
    warnings: number[];
  }[];
};
const embedding = JSON.parse(readFileSync(fixtures("embedding/embedding.json"), "utf8")) as {
  cases: { reference: number[][]; current: number[][]; euclidean: number; mmd_alibi: { mmd2: number } }[];
};
const dir = mkdtempSync(join(tmpdir(), "airr-stream-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("airr stream", () => {
  it.each(
    river.cases
      .filter((c) => c.name.startsWith("docstring") || c.name.startsWith("page_hinkley"))
      .map((c) => [c.name, c] as const),
  )("prints River's detections as JSON: %s", (_n, c) => {
    // Prepare
    const input = write(`${c.detector}.json`, JSON.stringify(c.stream));
    const params = Object.entries(c.params).flatMap(([k, v]) => ["--param", `${k}=${v}`]);
    // Act
    const run = runAirr(["stream", "--detector", c.detector, ...params, "--input", input, "--json"]);
    // Assess
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ drifts: c.drifts, warnings: c.warnings });
  });

  it("names a bad parameter and exits 2", () => {
    const input = write("ok.json", "[1, 2, 3]");
    const run = runAirr(["stream", "--detector", "adwin", "--param", "delta=0", "--input", input, "--json"]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: "InvalidParameter", where: "delta" });
  });

  it("names a non-numeric value", () => {
    const input = write("bad.json", '[1, 2, "three"]');
    const run = runAirr(["stream", "--detector", "ddm", "--input", input, "--json"]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: "InvalidInput", where: `${input}[2]` });
  });

  it("rejects an unknown detector with the valid ones", () => {
    const run = runAirr(["stream", "--detector", "cusum", "--input", write("x.json", "[1]"), "--json"]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error.hint).toContain("adwin, page_hinkley, kswin");
  });
});

describe("airr embedding-drift", () => {
  const c = embedding.cases[1]!;
  const ref = write("ref.json", JSON.stringify(c.reference));
  const cur = write("cur.jsonl", c.current.map((r) => JSON.stringify(r)).join("\n"));

  it("prints {method, score, threshold, drift} for euclidean", () => {
    const run = runAirr(["embedding-drift", "--reference", ref, "--current", cur, "--method", "euclidean", "--json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(["method", "score", "threshold", "drift"]);
    expect(out.score).toBeCloseTo(c.euclidean, 12);
    expect(out).toMatchObject({ method: "euclidean", threshold: 0.2, drift: true });
  });

  it("adds p_value for mmd_alibi and honours --threshold and --seed", () => {
    const args = ["embedding-drift", "--reference", ref, "--current", cur, "--method", "mmd_alibi"];
    const run = runAirr([...args, "--threshold", "0.01", "--seed", "3", "--json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ method: "mmd_alibi", threshold: 0.01, drift: true, p_value: 0 });
    expect(out.score).toBeCloseTo(c.mmd_alibi.mmd2, 12);
  });

  it("names the row with the wrong dimension", () => {
    const bad = write("bad.json", JSON.stringify([c.current[0], [1, 2]]));
    const run = runAirr(["embedding-drift", "--reference", ref, "--current", bad, "--method", "cosine", "--json"]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: "InvalidEmbeddings", where: "current[1]" });
  });

  it("rejects an unknown method", () => {
    const run = runAirr(["embedding-drift", "--reference", ref, "--current", cur, "--method", "psi", "--json"]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error.code).toBe("UnknownMethod");
  });
});
