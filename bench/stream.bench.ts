// Streaming drift and embedding drift benchmarks (issue 4): ADWIN and PageHinkley updates per second
// on a 10M-value stream with heap use along the way, the MMD permutation test on 1000×384 vs
// 1000×384 with 100 permutations, and River / numpy on the same data when python3 can run them.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { ADWIN, MersenneTwister, mmdAlibiDrift, mmdEvidentlyDrift, PageHinkley, toEmbeddings } from "@airr/core";
import { machineLine } from "./machine.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const tmp = `${root}bench/.tmp`;
mkdirSync(tmp, { recursive: true });
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const N = 10_000_000;
// The python with numpy (and River on RIVER_PATH); e.g. PYTHON=/usr/bin/python3.
const python = process.env["PYTHON"] ?? "python3";
const mib = (b: number) => (b / 2 ** 20).toFixed(1);

// A 0/1-ish error stream whose rate steps up every 2.5M values, so detectors fire and reset.
const rng = new MersenneTwister(2026);
const stream = new Float64Array(N);
for (let i = 0; i < N; i++) stream[i] = rng.random() < 0.2 + 0.1 * Math.floor(i / 2_500_000) ? 1 : 0;
writeFileSync(`${tmp}/stream.f64`, stream);

function runDetector(make: () => { update(x: number): unknown; driftDetected: boolean }) {
  const d = make();
  gc();
  const heap: number[] = [process.memoryUsage().heapUsed];
  let drifts = 0;
  const start = performance.now();
  for (let q = 0; q < 4; q++) {
    for (let i = (q * N) / 4; i < ((q + 1) * N) / 4; i++) {
      d.update(stream[i]!);
      if (d.driftDetected) drifts++;
    }
    heap.push(process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - start) / 1000;
  gc();
  heap.push(process.memoryUsage().heapUsed);
  return { perSecond: N / seconds, seconds, drifts, heap };
}

const lines: string[] = [
  "## Streaming and embedding drift",
  "",
  machineLine(),
  `The machine is 2 cores shared with other jobs while this ran (load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")} at the start): timings are noisy.`,
  "",
  `### ADWIN and PageHinkley, ${N.toLocaleString("en")} values`,
  "",
  "Each airr row is the best of 3 runs (median in brackets); heap is from the first run.",
  "",
  "| detector | updates/s | seconds | drifts | heap before → at 25/50/75/100% → after GC (MiB) |",
  "| --- | ---: | ---: | ---: | --- |",
];
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const [name, make] of [
  ["airr ADWIN", () => new ADWIN()],
  ["airr PageHinkley", () => new PageHinkley()],
] as const) {
  const runs = Array.from({ length: RUNS }, () => runDetector(make));
  const r = runs[0]!;
  const rates = runs.map((x) => x.perSecond);
  const best = Math.max(...rates);
  const rate = `${Math.round(best).toLocaleString("en")} (${Math.round(median(rates)).toLocaleString("en")})`;
  lines.push(`| ${name} | ${rate} | ${(N / best).toFixed(2)} | ${r.drifts} | ${r.heap.map(mib).join(" → ")} |`);
  console.error(name, Math.round(best));
}

const riverPath = process.env["RIVER_PATH"];
const riverN = 1_000_000;
function airrDrifts(make: () => { update(x: number): unknown; driftDetected: boolean }, n: number): number {
  const d = make();
  let drifts = 0;
  for (let i = 0; i < n; i++) if (d.update(stream[i]!) && d.driftDetected) drifts++;
  return drifts;
}

if (riverPath && existsSync(`${riverPath}/river`)) {
  try {
    const out = execFileSync(python, [`${root}bench/river_stream_bench.py`, `${tmp}/stream.f64`, String(riverN)], {
      env: { ...process.env, PYTHONPATH: riverPath },
      encoding: "utf8",
    });
    for (const line of out.trim().split("\n")) {
      const r = JSON.parse(line) as { detector: string; per_second: number; seconds: number; drifts: number };
      const ours = airrDrifts(r.detector === "adwin" ? () => new ADWIN() : () => new PageHinkley(), riverN);
      lines.push(
        `| River ${r.detector} (first ${riverN.toLocaleString("en")} values; airr: ${ours} drifts there) | ${Math.round(r.per_second).toLocaleString("en")} | ${r.seconds.toFixed(2)} | ${r.drifts} | - |`,
      );
    }
    lines.push(
      "",
      "River ran from its own detector sources (ADWIN's `adwin_c.pyx` compiled with Cython 0.29, gcc -O2) found on `RIVER_PATH`, on the first 1M values of the same stream.",
    );
  } catch (error) {
    lines.push("", `River could not run: ${(error as Error).message.split("\n")[0]}`);
  }
} else {
  lines.push("", "River was not run (set `RIVER_PATH` to a directory holding River's `river` package to compare).");
}

// MMD: 1000×384 vs 1000×384, current shifted a little in 20 dimensions.
const dim = 384;
const gauss = () => Math.sqrt(-2 * Math.log(1 - rng.random())) * Math.cos(2 * Math.PI * rng.random());
const make = (rows: number, shift: number) =>
  Array.from({ length: rows }, () => Array.from({ length: dim }, (_, j) => gauss() + (j < 20 ? shift : 0)));
const refRows = make(1000, 0);
const curRows = make(1000, 0.3);
writeFileSync(`${tmp}/ref.f64`, Float64Array.from(refRows.flat()));
writeFileSync(`${tmp}/cur.f64`, Float64Array.from(curRows.flat()));
const ref = toEmbeddings(refRows, "reference");
const cur = toEmbeddings(curRows, "current");
lines.push(
  "",
  "### MMD permutation test, 1000×384 vs 1000×384, 100 permutations",
  "",
  "| implementation | seconds (airr: best of 3, median in brackets) | MMD² | p-value |",
  "| --- | ---: | ---: | ---: |",
);
for (const [name, run] of [
  ["airr mmd_alibi (Alibi Detect's bandwidth)", () => mmdAlibiDrift(ref, cur, 0.05, { permutations: 100, seed: 0 })],
  ["airr mmd (Evidently's bandwidth)", () => mmdEvidentlyDrift(ref, cur, 0.015, { permutations: 100, seed: 0 })],
] as const) {
  const times: number[] = [];
  let r = run();
  for (let i = 0; i < RUNS; i++) {
    gc();
    const start = performance.now();
    r = run();
    times.push((performance.now() - start) / 1000);
  }
  const seconds = Math.min(...times);
  lines.push(
    `| ${name} | ${seconds.toFixed(2)} (${median(times).toFixed(2)}) | ${(r.evidence["mmd2"] as number).toExponential(4)} | ${r.pValue} |`,
  );
  console.error(name, seconds);
}
try {
  const out = execFileSync(
    python,
    [`${root}bench/mmd_numpy_bench.py`, `${tmp}/ref.f64`, `${tmp}/cur.f64`, String(dim), "100"],
    { encoding: "utf8" },
  );
  const r = JSON.parse(out) as { seconds: number; mmd2: number; p_value: number };
  lines.push(
    `| numpy, Alibi Detect's formulas (BLAS matrix product) | ${r.seconds.toFixed(2)} | ${r.mmd2.toExponential(4)} | ${r.p_value} |`,
  );
} catch (error) {
  lines.push("", `numpy reference not run: ${(error as Error).message.split("\n")[0]}`);
}
lines.push(
  "",
  "Alibi Detect itself is not installable here; the numpy row re-expresses its formulas on the same data.",
);

writeFileSync(`${root}bench/results/stream.md`, `${lines.join("\n")}\n`);
console.error("wrote bench/results/stream.md");
