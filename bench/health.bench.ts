// Health monitor benchmark: logPrediction throughput, heap after 100k vs 10M predictions, and
// DDSketch quantile error against exact quantiles of the same data. Writes bench/results/health.md.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Monitor, type PredictionEvent } from "../core/src/index.js";
import { machineLine } from "./machine.js";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const SALT = "bench-salt-0123456789abcdef";
const now = () => 1_780_000_000_000;

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = seeded(42);
const lognormal = (median: number) =>
  median * Math.exp(0.6 * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()));

// A pool of events reused in turn, so the benchmark measures the monitor, not event allocation.
const POOL = 4096;
const CLASSES = ["fraud", "legit", "review"];
const pool: PredictionEvent[] = Array.from({ length: POOL }, (_, i) => ({
  prediction: CLASSES[i % 3] ?? "legit",
  confidence: 0.3 + 0.7 * rand(),
  latencyMs: lognormal(40),
}));

function throughput(n: number, event: (i: number) => PredictionEvent): number {
  const monitor = new Monitor({ model: "bench", salt: SALT }, { now });
  for (let i = 0; i < 200_000; i++) monitor.logPrediction(event(i)); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) monitor.logPrediction(event(i));
  return Number(process.hrtime.bigint() - t0);
}

// Each variant runs in its own process: one call site per process, as in an app, and a heap
// that holds nothing but the monitor under test.
// Events are object literals, as an app writes them: objects built by spreading (`{ ...e, id }`)
// take a slow path in V8 and measured 5-10x slower here, which would measure V8, not the monitor.
const VARIANTS: Record<string, { label: string; n: number; make: (e: PredictionEvent, i: number) => PredictionEvent }> =
  {
    plain: {
      label: "plain (prediction, confidence, latency)",
      n: 10_000_000,
      make: (e) => ({ prediction: e.prediction, confidence: e.confidence, latencyMs: e.latencyMs }),
    },
    tokens: {
      label: "with tokens, cost from the price table",
      n: 5_000_000,
      make: (e) => ({
        prediction: e.prediction,
        confidence: e.confidence,
        latencyMs: e.latencyMs,
        tokens: { input: 350, output: 40 },
        model: "gpt-4o-mini",
      }),
    },
    id: {
      label: "with prediction id (kept for feedback)",
      n: 5_000_000,
      make: (e, i) => ({ id: `req-${i}`, prediction: e.prediction, confidence: e.confidence, latencyMs: e.latencyMs }),
    },
    input: {
      label: "with input (salted HMAC-SHA-256 id)",
      n: 300_000,
      make: (e, i) => ({
        input: { amount: i, country: "FR", text: `transaction ${i}` },
        prediction: e.prediction,
        confidence: e.confidence,
        latencyMs: e.latencyMs,
      }),
    },
  };

function runVariant(name: string): unknown {
  if (name === "memory") {
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const base = heap();
    const monitor = new Monitor({ model: "bench", salt: SALT }, { now });
    let fed = 0;
    const feedTo = (n: number) => {
      for (; fed < n; fed++) monitor.logPrediction(pool[fed % POOL] as PredictionEvent);
    };
    feedTo(100_000);
    const h100k = heap() - base;
    const s100k = JSON.stringify(monitor.toJSON()).length;
    feedTo(1_000_000);
    const h1m = heap() - base;
    feedTo(10_000_000);
    const h10m = heap() - base;
    const s10m = JSON.stringify(monitor.toJSON()).length;
    feedTo(20_000_000);
    const h20m = heap() - base;
    return { h100k, s100k, h1m, h10m, s10m, h20m, predictions: monitor.snapshot().counts.predictions };
  }
  const v = VARIANTS[name];
  if (v === undefined) throw new Error(`unknown variant ${name}`);
  const events = pool.map((e, i) => v.make(e, i));
  const ns = throughput(v.n, (i) => events[i % POOL] as PredictionEvent);
  return { label: v.label, n: v.n, ns };
}

const variant = process.argv[2];
if (variant !== undefined) {
  process.stdout.write(JSON.stringify(runVariant(variant)));
  process.exit(0);
}

const child = (name: string): unknown =>
  JSON.parse(
    execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), name], {
      encoding: "utf8",
    }),
  );
// Three runs per variant, in fresh processes: on a shared machine the best run is the closest to
// the code's own cost, the median shows what contention did.
const RUNS = 3;
const rows = Object.keys(VARIANTS).map((name) => {
  const runs = Array.from({ length: RUNS }, () => child(name) as { label: string; n: number; ns: number });
  const rates = runs.map((r) => (r.n / r.ns) * 1e9).sort((a, b) => b - a);
  const { label, n } = runs[0] as { label: string; n: number };
  const best = rates[0] ?? Number.NaN;
  const median = rates[Math.floor(RUNS / 2)] ?? Number.NaN;
  console.error(`${label}: best ${(best / 1e6).toFixed(2)} M/s, median ${(median / 1e6).toFixed(2)} M/s`);
  return [
    label,
    n.toLocaleString("en-US"),
    `${(best / 1e6).toFixed(2)} M/s (${(1e9 / best).toFixed(0)} ns/call)`,
    `${(median / 1e6).toFixed(2)} M/s`,
  ];
});
const mem = child("memory") as { h100k: number; s100k: number; h1m: number; h10m: number; s10m: number; h20m: number };
const heap100k = mem.h100k;
const heap10m = mem.h10m;
const state100k = mem.s100k;
const state10m = mem.s10m;
const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`;

// Quantile error: 1M latencies, exact quantiles by sorting (same rank definition as DDSketch).
const N = 1_000_000;
const data = new Float64Array(N);
const qMonitor = new Monitor({ model: "q", salt: SALT }, { now });
for (let i = 0; i < N; i++) {
  const x = i % 100 === 0 ? lognormal(900) : lognormal(40); // a slow tail, as in real services
  data[i] = x;
  qMonitor.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: x });
}
data.sort();
const snap = qMonitor.snapshot().latency;
const qRows = (
  [
    ["p50", 0.5, snap.p50],
    ["p90", 0.9, snap.p90],
    ["p95", 0.95, snap.p95],
    ["p99", 0.99, snap.p99],
  ] as const
).map(([name, q, est]) => {
  const exact = data[Math.floor(q * (N - 1))] ?? Number.NaN;
  const err = Math.abs((est ?? Number.NaN) - exact) / exact;
  return `| ${name} | ${exact.toFixed(3)} | ${(est ?? Number.NaN).toFixed(3)} | ${(err * 100).toFixed(3)}% |`;
});

const md = [
  "## Health monitor (`bench/health.bench.ts`)",
  "",
  machineLine(),
  "The machine is shared with other jobs (2 cores, several processes): timings are noisy, read them as orders of magnitude.",
  `Load average when the run ended: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ")} (1 / 5 / 15 min).`,
  "",
  "### `Monitor.logPrediction` throughput (one core, target ≥ 2M/s)",
  "",
  `| events | calls | best of ${RUNS} runs | median |`,
  "| --- | ---: | ---: | ---: |",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
  "",
  "Each row runs in its own process on a pool of 4,096 object-literal events (the id row cycles through 4,096 ids, so the",
  "feedback ring is not evicting). The HMAC row is bounded by node:crypto (one `createHmac` per call): pass `id` instead",
  "of `input` on hot paths. Events built by object spread (`{ ...e, id }`) measured 5-10x slower (a V8 slow path).",
  "",
  "### Memory: same monitor after 100k and after 10M predictions (default config)",
  "",
  "| predictions | heap used (after gc, over baseline) | `toJSON()` size |",
  "| ---: | ---: | ---: |",
  `| 100,000 | ${kib(heap100k)} | ${kib(state100k)} |`,
  `| 1,000,000 | ${kib(mem.h1m)} | - |`,
  `| 10,000,000 | ${kib(heap10m)} | ${kib(state10m)} |`,
  `| 20,000,000 | ${kib(mem.h20m)} | - |`,
  "",
  "Everything the monitor holds is fixed-size (windows, sketch bins over a clamped range, class and feedback capacities);",
  "the serialized state is the exact measure of what it holds and does not grow. The heap growth up to 10M is not state",
  `(its cause was not isolated: V8 code and feedback are candidates); it changed by ${kib(heap10m - mem.h1m)} from 1M to 10M`,
  `and by ${kib(mem.h20m - heap10m)} from 10M to 20M (runs differ by tens of KiB).`,
  "",
  "### Latency quantiles: DDSketch (relative accuracy 1%) vs exact, 1M log-normal latencies with a 1% slow tail",
  "",
  "| quantile | exact (ms) | sketch (ms) | relative error |",
  "| --- | ---: | ---: | ---: |",
  ...qRows,
  "",
];
writeFileSync(new URL("./results/health.md", import.meta.url), `${md.join("\n")}\n`);
console.error("wrote bench/results/health.md");
