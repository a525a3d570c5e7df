// `npm run bench prompt`: the prompt-injection detector and output scanner on the development set
// in ../shared/data/prompts (PINT-style per-family numbers), a source split for generalization,
// speed on one core, and the out-of-policy Isolation Forest against scikit-learn on the same data.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InjectionDetector, IsolationForest, ngramEmbedder, normalizeText, OutputScanner } from "@airr/core";
import { machineLine, percentile } from "./machine.js";
import { stageRows } from "./promptStages.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dataDir = join(root, "../shared/data/prompts");
const outFile = join(root, "bench/results/prompt.md");
const lines: string[] = ["## Prompt and output anomaly detection (`bench/prompt.bench.ts`)", "", machineLine(), ""];

interface Row {
  text: string;
  label: "injection" | "jailbreak" | "benign";
  source: string;
  category: string;
}
interface LeakRow {
  id: string;
  text: string;
  labels: string[];
  spans: { kind: string; value: string }[];
  system_prompt?: string;
  canary?: string;
  ambiguous?: boolean;
  hard_negative?: boolean;
}

if (!existsSync(join(dataDir, "dev.jsonl"))) {
  lines.push(`Skipped: the development set was not found at \`${dataDir}\` (see its README for how to obtain it).`);
  writeFileSync(outFile, `${lines.join("\n")}\n`);
  console.error(`prompt bench skipped: no data at ${dataDir}`);
  process.exit(0);
}

const readJsonl = <T>(f: string): T[] =>
  readFileSync(join(dataDir, f), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
const rows = readJsonl<Row>("dev.jsonl");
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const table = (head: string[], body: (string | number)[][]) => [
  `| ${head.join(" | ")} |`,
  `| ${head.map(() => "---").join(" | ")} |`,
  ...body.map((r) => `| ${r.join(" | ")} |`),
];

// --- Injection / jailbreak -------------------------------------------------------------------
const detector = new InjectionDetector();
const scored = rows.map((r) => ({ ...r, pos: r.label !== "benign", v: detector.detect(r.text) }));
const family = (c: string) =>
  c
    .replace(/_(start|middle|end)$/, "")
    .replace(/^(cyberseceval_(?:ml_)?(?:direct|indirect)).*/, "$1")
    .replace(/^(xstest_safe|notinject)_.*/, "$1")
    .replace(/^(authored)_.*/, "$1")
    .replace(/^(jbb_(?:gcg|dsn)_suffix)$/, "$1");
function metrics(set: typeof scored, threshold: number) {
  const pos = set.filter((r) => r.pos);
  const neg = set.filter((r) => !r.pos);
  const tpr = pos.filter((r) => r.v.score >= threshold).length / Math.max(1, pos.length);
  const fpr = neg.filter((r) => r.v.score >= threshold).length / Math.max(1, neg.length);
  return { tpr, fpr, bacc: (tpr + 1 - fpr) / 2, n: set.length };
}
const all = metrics(scored, detector.threshold);
const HARD = /^(notinject|wildguard|xstest|authored)/;
const hard = metrics(
  scored.filter((r) => !r.pos && HARD.test(r.category)),
  detector.threshold,
);
// Expected calibration error over 10 equal-width score bins: is the score a probability?
let ece = 0;
for (let b = 0; b < 10; b++) {
  const bin = scored.filter((r) => r.v.score >= b / 10 && (b === 9 ? r.v.score <= 1 : r.v.score < (b + 1) / 10));
  if (bin.length === 0) continue;
  const conf = bin.reduce((a, r) => a + r.v.score, 0) / bin.length;
  const acc = bin.filter((r) => r.pos).length / bin.length;
  ece += (bin.length / scored.length) * Math.abs(conf - acc);
}
lines.push(`### Injection and jailbreak (dev.jsonl, 710 prompts, default threshold ${detector.threshold})`, "");
lines.push(
  ...table(
    ["metric", "value", "target"],
    [
      ["balanced accuracy", all.bacc.toFixed(3), "≥ 0.92"],
      ["recall (attacks)", pct(all.tpr), ""],
      ["false-positive rate (all benign)", pct(all.fpr), ""],
      ["false-positive rate (hard negatives: NotInject, WildGuard, XSTest, authored)", pct(hard.fpr), "≤ 3%"],
      ["expected calibration error of the score (10 bins)", ece.toFixed(3), ""],
    ],
  ),
  "",
  "The rules and the calibration were written and fitted while looking at this development set, so these numbers are optimistic; the held-out evaluation set is not available here.",
  "",
);
const groups = new Map<string, typeof scored>();
for (const r of scored)
  groups.set(`${r.pos ? "attack" : "benign"}:${family(r.category)}`, [
    ...(groups.get(`${r.pos ? "attack" : "benign"}:${family(r.category)}`) ?? []),
    r,
  ]);
const famRows = [...groups.entries()].sort().map(([k, set]) => {
  const [kind, name] = k.split(":") as [string, string];
  const flagged = set.filter((r) => r.v.detected).length / set.length;
  return [kind, name, set.length, kind === "attack" ? `recall ${pct(flagged)}` : `FPR ${pct(flagged)}`];
});
lines.push(
  "Per family (attack rows: recall; benign rows: false-positive rate):",
  "",
  ...table(["label", "family", "rows", "rate"], famRows),
  "",
);

// Generalization: the rules were written while looking at the whole development set, so this
// split only shows how well the operating point (threshold) chosen on one half of the sources
// carries over to the other half.
const HALF_A = /PurpleLlama|sinanw|PIGuard|JailbreakBench/;
const halves = { A: scored.filter((r) => HALF_A.test(r.source)), B: scored.filter((r) => !HALF_A.test(r.source)) };
const pick = (set: typeof scored) => {
  let best = { t: 0.5, bacc: -1 };
  for (let t = 0.05; t < 0.96; t += 0.05) {
    const m = metrics(set, t);
    if (m.fpr <= 0.03 && m.bacc > best.bacc) best = { t, bacc: m.bacc };
  }
  return best.t;
};
const splitRows = (["A", "B"] as const).map((tune) => {
  const test = tune === "A" ? "B" : "A";
  const t = pick(halves[tune]);
  const m = metrics(halves[test], t);
  return [`tune on ${tune}, test on ${test}`, t.toFixed(2), m.n, m.bacc.toFixed(3), pct(m.tpr), pct(m.fpr)];
});
lines.push(
  "Source split (A = CyberSecEval, deepset, NotInject/WildGuard, JailbreakBench; B = BIPIA, Self-Reminder/jailbreakchat, XSTest, authored). Threshold picked on one half (max balanced accuracy with FPR ≤ 3%), measured on the other:",
  "",
  ...table(["split", "threshold", "rows", "balanced acc.", "recall", "FPR"], splitRows),
  "",
);

// --- Leakage -----------------------------------------------------------------------------------
const leakRows = readJsonl<LeakRow>("leakage-dev.jsonl");
const scanner = new OutputScanner();
const perKind = new Map<string, { tp: number; fp: number; fn: number; exact: number; spans: number }>();
let ambiguousFlagged = 0;
for (const r of leakRows) {
  const scan = scanner.scan(r.text, {
    ...(r.system_prompt ? { systemPrompt: r.system_prompt } : {}),
    canaries: r.canary ? [r.canary] : [],
  });
  if (r.ambiguous) {
    if (scan.leak) ambiguousFlagged++;
    continue;
  }
  const pred = new Set<string>(scan.findings.map((f) => f.kind));
  const gold = new Set(r.labels);
  for (const k of new Set([...pred, ...gold])) {
    const e = perKind.get(k) ?? { tp: 0, fp: 0, fn: 0, exact: 0, spans: 0 };
    if (pred.has(k) && gold.has(k)) e.tp++;
    else if (pred.has(k)) e.fp++;
    else e.fn++;
    for (const s of r.spans.filter((x) => x.kind === k)) {
      e.spans++;
      // Prompt-leak spans in the data are 150-character prefixes of the leaked text.
      if (
        scan.findings.some(
          (f) =>
            f.kind === k &&
            (f.value === s.value || (k === "system_prompt_leak" && f.value.startsWith(s.value.slice(0, 100)))),
        )
      )
        e.exact++;
    }
    perKind.set(k, e);
  }
}
const tot = [...perKind.values()].reduce((a, e) => ({ tp: a.tp + e.tp, fp: a.fp + e.fp, fn: a.fn + e.fn }), {
  tp: 0,
  fp: 0,
  fn: 0,
});
lines.push(`### Output leakage (leakage-dev.jsonl, ${leakRows.length} outputs; row × kind)`, "");
lines.push(
  ...table(
    ["kind", "precision", "recall", "value found exactly"],
    [...perKind.entries()]
      .sort()
      .map(([k, e]) => [
        k,
        pct(e.tp / Math.max(1, e.tp + e.fp)),
        pct(e.tp / Math.max(1, e.tp + e.fn)),
        `${e.exact}/${e.spans}`,
      ]),
  ),
  "",
  `All kinds: precision ${pct(tot.tp / Math.max(1, tot.tp + tot.fp))}, recall ${pct(tot.tp / Math.max(1, tot.tp + tot.fn))} (targets ≥ 98% / ≥ 98%). The 2 rows marked ambiguous (AWS's documented example secret, the public 5555… test card) are scored apart: ${ambiguousFlagged} of 2 flagged (both are on the example allowlist).`,
  "",
);

// --- Speed (one core: this process is single-threaded) ------------------------------------------
// 1 KB prompts: dev rows joined and cut at 1,024 characters (about 3 in 4 hold attack text).
const kbOf = (texts: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0, acc = ""; out.length < 2000; i++) {
    acc += `${texts[i % texts.length]} `;
    if (acc.length >= 1024) {
      out.push(acc.slice(0, 1024));
      acc = "";
    }
  }
  return out;
};
const kb = kbOf(rows.map((r) => r.text));
const benignKb = kbOf(rows.filter((r) => r.label === "benign").map((r) => r.text));
// The machine is shared: other jobs steal the core. Five rounds; the best round (highest rate) is
// reported, with its CPU-time rate (process.cpuUsage: only this process's own time) and the
// load average, so a reader can tell the detector's cost from the neighbours' noise.
const ROUNDS = 5;
const CALLS = 10_000;
const load = os.loadavg().map((x) => x.toFixed(1));
function speed(prompts: readonly string[]): { rate: number; cpuRate: number; lat: number[] } {
  for (let i = 0; i < 2000; i++) detector.detect(prompts[i % prompts.length]); // warm-up (JIT)
  let best = { rate: 0, cpuRate: 0, lat: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.();
    const lat: number[] = [];
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i++) {
      const s = process.hrtime.bigint();
      detector.detect(prompts[i % prompts.length]);
      lat.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(c0);
    lat.sort((a, b) => a - b);
    if (CALLS / secs > best.rate) best = { rate: CALLS / secs, cpuRate: CALLS / ((cpu.user + cpu.system) / 1e6), lat };
  }
  return best;
}
const best = speed(kb);
const benignBest = speed(benignKb);
const lat = best.lat;
const leakText = leakRows.map((r) => r.text).join("\n");
const chunk = leakText.repeat(Math.ceil(60_000 / leakText.length)).slice(0, 60_000);
for (let i = 0; i < 20; i++) scanner.scan(chunk);
let mbps = 0;
for (let round = 0; round < 3; round++) {
  const s0 = process.hrtime.bigint();
  let scannedBytes = 0;
  for (let i = 0; i < 100; i++) {
    scanner.scan(chunk);
    scannedBytes += Buffer.byteLength(chunk);
  }
  mbps = Math.max(mbps, scannedBytes / 2 ** 20 / (Number(process.hrtime.bigint() - s0) / 1e9));
}
lines.push(
  "### Speed (one core; the machine is shared with other jobs, so timings are noisy)",
  "",
  `Load average (1/5/15 min) when the speed run started: ${load.join(" / ")} on ${os.cpus().length} cores.`,
  "",
);
lines.push(
  ...table(
    ["measure", "value", "target"],
    [
      [
        `prompts/s, 1 KB prompts of all dev rows (~3 in 4 hold attack text; best of ${ROUNDS} rounds of 10,000 calls, wall clock)`,
        Math.round(best.rate).toLocaleString("en-US"),
        "≥ 20,000",
      ],
      [
        "prompts/s by this process's CPU time (same round; all its threads, GC included; other jobs excluded)",
        Math.round(best.cpuRate).toLocaleString("en-US"),
        "",
      ],
      [
        "latency p50 / p99 per 1 KB prompt",
        `${percentile(lat, 50).toFixed(3)} ms / ${percentile(lat, 99).toFixed(3)} ms`,
        "p99 < 1 ms",
      ],
      [
        "prompts/s implied by the p50 latency (less sensitive to other jobs)",
        Math.round(1000 / percentile(lat, 50)).toLocaleString("en-US"),
        "",
      ],
      [
        "prompts/s, 1 KB prompts made of benign rows only (most production traffic), wall clock; p50 / p99",
        `${Math.round(benignBest.rate).toLocaleString("en-US")}; ${percentile(benignBest.lat, 50).toFixed(3)} ms / ${percentile(benignBest.lat, 99).toFixed(3)} ms`,
        "",
      ],
      ["output scan throughput (60 KB outputs, best of 3 rounds)", `${mbps.toFixed(1)} MB/s`, "≥ 10 MB/s"],
    ],
  ),
  "",
);

lines.push(
  "Where the time goes (each stage timed alone on the same 1 KB prompts, µs per prompt, best of 5 passes; the sum is close to the per-prompt latency above):",
  "",
  ...table(["stage", "µs / prompt", "share"], stageRows(kb)),
  "",
);

// --- Out-of-policy: airr's IsolationForest vs scikit-learn on the same embeddings ----------------
const embed = ngramEmbedder({ dims: 32 });
const vec = (t: string) => Array.from(embed(normalizeText(t).text)).map((x) => Math.round(x * 1e6) / 1e6);
const benign = scored.filter((r) => !r.pos);
const train = benign.filter((_, i) => i % 2 === 0).map((r) => vec(r.text));
const testRows = [...benign.filter((_, i) => i % 2 === 1), ...scored.filter((r) => r.pos)];
const test = testRows.map((r) => vec(r.text));
const labels = testRows.map((r) => (r.pos ? 1 : 0));
const auroc = (s: number[]) => {
  let a = 0;
  let p = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++)
    for (let j = 0; j < s.length; j++)
      if (labels[i] === 1 && labels[j] === 0) {
        a += (s[i] as number) > (s[j] as number) ? 1 : s[i] === s[j] ? 0.5 : 0;
        p++;
      }
  n = p;
  return a / n;
};
const forest = new IsolationForest({ seed: 0 }).learn(train);
const ours = auroc(test.map((x) => forest.score(x)));
let sk = "python3 with scikit-learn not found";
const py = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
try {
  const dir = mkdtempSync(join(tmpdir(), "airr-iforest-"));
  writeFileSync(join(dir, "d.json"), JSON.stringify({ train, test, labels }));
  sk = execFileSync(
    py,
    [
      "-c",
      "import json,sys;from sklearn.ensemble import IsolationForest as F;from sklearn.metrics import roc_auc_score as A;d=json.load(open(sys.argv[1]));f=F(random_state=0).fit(d['train']);print(round(A(d['labels'],-f.score_samples(d['test'])),4))",
      join(dir, "d.json"),
    ],
    { encoding: "utf8" },
  ).trim();
} catch {
  // Reported as missing below.
}
lines.push(
  "### Out-of-policy (Isolation Forest on 32-d hashed n-gram embeddings)",
  "",
  `Learned on half of the benign dev prompts, scored on the other half plus every attack (attack = positive). AUROC: airr ${ours.toFixed(4)}, scikit-learn ${sk} (same embeddings, seed 0 each). Attacks are not the same thing as out-of-policy prompts, so this is a consistency check of the two implementations, not a detector quality number.`,
  "",
);

writeFileSync(outFile, `${lines.join("\n")}\n`);
console.error(lines.join("\n"));
