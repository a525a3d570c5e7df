// Data drift: airr's stat checks side by side with scipy (and Evidently's formulas in numpy)
// on the same data in the same run. Each case runs in a fresh process on each side, so the
// reported peak RSS belongs to that case alone (it includes the runtime: Node ≈ 50 MB,
// Python with pandas ≈ 100 MB).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { machineLine } from "./machine.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dataDir = `${root}bench/.tmp/drift`;
mkdirSync(dataDir, { recursive: true });
const python = "/usr/bin/python3";
const script = `${root}bench/drift/scipy_reference.py`;

interface Run {
  seconds: number[];
  value: number;
  maxrss_kb: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

execFileSync(python, [script, "gen", dataDir], { stdio: "inherit" });
const cases: [string, string, number][] = [
  ["ks", "KS (ks_2samp), 1M vs 1M floats", 3],
  ["wasserstein", "Wasserstein (normed), 1M vs 1M floats", 3],
  ["psi", "PSI (Sturges bins), 1M vs 1M floats", 3],
  ["jensenshannon", "Jensen-Shannon (Sturges bins), 1M vs 1M floats", 3],
  ["chisquare", "chi-square, 1M vs 1M values over 10k categories", 3],
  ["preset", "DataDriftPreset-style: 50 columns (40 num, 10 cat) × 100k rows", 2],
];
const load = loadavg()[0] ?? 0;
const rows: string[] = [];
for (const [name, label, repeats] of cases) {
  console.error(`drift bench: ${name}`);
  const airr = JSON.parse(
    execFileSync(
      process.execPath,
      [
        "--max-old-space-size=4096",
        "--import",
        "tsx",
        `${root}bench/drift/airrCase.ts`,
        name,
        dataDir,
        String(repeats),
      ],
      { cwd: root, encoding: "utf8" },
    ),
  ) as Run;
  const scipy = JSON.parse(execFileSync(python, [script, name, dataDir, String(repeats)], { encoding: "utf8" })) as Run;
  const a = median(airr.seconds);
  const s = median(scipy.seconds);
  const agree =
    Math.abs(airr.value - scipy.value) <= 1e-9 * Math.max(Math.abs(scipy.value), 1e-300) || airr.value === scipy.value;
  rows.push(
    `| ${label} | ${(a * 1000).toFixed(0)} ms | ${(s * 1000).toFixed(0)} ms | ${(a / s).toFixed(2)} | ${(airr.maxrss_kb / 1024).toFixed(0)} MB | ${(scipy.maxrss_kb / 1024).toFixed(0)} MB | ${agree ? "yes" : `no (${airr.value} vs ${scipy.value})`} |`,
  );
}
const loadAfter = loadavg()[0] ?? 0;
const md = [
  "## Data drift (`bench/drift.bench.ts`)",
  "",
  machineLine(),
  `Load average (1 min) at start ${load.toFixed(2)}, at end ${loadAfter.toFixed(2)} on ${cpus().length} cores${Math.max(load, loadAfter) > cpus().length * 0.75 ? ": the machine was shared and loaded, timings are noisy" : ""}.`,
  "",
  "Median wall time of the check itself (data already in memory; the DataDriftPreset row includes",
  "dropping missing values, the default test selection and the share of drifted columns, not",
  "Evidently's report rendering). Reference: scipy, with Evidently's formulas in numpy/pandas where",
  "Evidently adds its own (binning, PSI, the preset loop). Ratio = airr / scipy (≤ 1 means airr is",
  'at least as fast). Peak RSS is each case\'s own process, runtime included. "Same value" compares',
  "the two results to 1e-9 relative.",
  "",
  "| case | airr | scipy | ratio | airr peak RSS | scipy peak RSS | same value |",
  "|---|---:|---:|---:|---:|---:|---|",
  ...rows,
  "",
];
writeFileSync(`${root}bench/results/drift.md`, md.join("\n"));
console.error("wrote bench/results/drift.md");
