// airr side of bench/drift.bench.ts: times one case on the shared data and prints JSON, run in
// its own process so maxRSS is that case's peak.
import { readFileSync } from "node:fs";
import { datasetDrift, prepareColumn, statChecks } from "@airr/core";

const [caseName, dir, repeatsArg] = process.argv.slice(2) as [string, string, string | undefined];
const repeats = Number(repeatsArg ?? 3);
const N_COLS = 40;
const C_COLS = 10;
const ROWS = 100_000;

const f64 = (name: string): Float64Array => {
  const b = readFileSync(`${dir}/${name}`);
  return new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8).slice();
};
const i32 = (name: string): Int32Array => {
  const b = readFileSync(`${dir}/${name}`);
  return new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4).slice();
};

let run: () => number;
if (["ks", "wasserstein", "psi", "jensenshannon"].includes(caseName)) {
  const ref = f64("ref.f64");
  const cur = f64("cur.f64");
  const check = statChecks.get(caseName);
  run = () => check.run(ref, cur, "num", check.defaultThreshold).score;
} else if (caseName === "chisquare") {
  const ref = Array.from(i32("cat_ref.i32"), (v) => `c${v}`);
  const cur = Array.from(i32("cat_cur.i32"), (v) => `c${v}`);
  const check = statChecks.get("chisquare");
  run = () =>
    check.run(prepareColumn(ref, "cat", "c", "reference"), prepareColumn(cur, "cat", "c", "current"), "cat", 0.05)
      .score;
} else if (caseName === "preset") {
  const nr = f64("preset_num_ref.f64");
  const nc = f64("preset_num_cur.f64");
  const cr = i32("preset_cat_ref.i32");
  const cc = i32("preset_cat_cur.i32");
  // Numerical columns as Float64Array, as pandas holds them in numpy arrays.
  const reference: Record<string, Float64Array | string[]> = {};
  const current: Record<string, Float64Array | string[]> = {};
  for (let i = 0; i < N_COLS; i++) {
    reference[`n${i}`] = nr.slice(i * ROWS, (i + 1) * ROWS);
    current[`n${i}`] = nc.slice(i * ROWS, (i + 1) * ROWS);
  }
  for (let i = 0; i < C_COLS; i++) {
    reference[`c${i}`] = Array.from(cr.subarray(i * ROWS, (i + 1) * ROWS), (v) => `k${v}`);
    current[`c${i}`] = Array.from(cc.subarray(i * ROWS, (i + 1) * ROWS), (v) => `k${v}`);
  }
  const types = Object.fromEntries(Object.keys(reference).map((k) => [k, k.startsWith("n") ? "num" : "cat"] as const));
  run = () => datasetDrift(reference, current, { types }).driftedShare;
} else {
  throw new Error(`unknown case ${caseName}`);
}

const seconds: number[] = [];
let value = Number.NaN;
for (let i = 0; i < repeats; i++) {
  const t = process.hrtime.bigint();
  value = run();
  seconds.push(Number(process.hrtime.bigint() - t) / 1e9);
}
process.stdout.write(`${JSON.stringify({ seconds, value, maxrss_kb: process.resourceUsage().maxRSS })}\n`);
