// Engine overhead per alert with 1,000 policies, and `airr --help` cold start next to `node -e 0`.
// Writes bench/results/engine.md. Measurements, not tests: nothing fails on a number.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Action,
  createActionRegistry,
  defineAction,
  type EngineOptions,
  loadPolicies,
  matchPolicies,
  type Provider,
  parseAlerts,
  parseUntrustedJson,
  respond,
} from "@airr/core";
import { LocalCloud } from "@airr/local";
import { z } from "zod";
import { memoryProvider } from "../test/helpers/memoryProvider.js";
import { machineLine, percentile } from "./machine.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const POLICIES = 1_000;
const WARMUP = 200;

// The action is a no-op, so what is measured is the engine: parse, match, plan, guardrails, audit.
const noop: Action = defineAction({
  name: "noop",
  summary: "does nothing (bench)",
  params: z.object({ target: z.string() }).strict(),
  ports: [],
  targetParam: "target",
  knownTargets: async () => ["bench-target"],
  before: async () => ({}),
  describeChange: () => "nothing",
  execute: async () => undefined,
  verify: async () => ({ ok: true, detail: "ok", after: {} }),
  undo: { reason: "nothing to undo" },
});
const actions = createActionRegistry().register("noop", noop);

/** 999 policies that do not match the alert and 1 that does, spread over every match field. */
function policyFile(): string {
  const items: string[] = [];
  for (let i = 0; i < POLICIES - 1; i++) {
    items.push(`  - name: p-${i}
    match: { alertName: "svc-${i}-*", severity: [critical, error], resource: "endpoint/svc-${i}", labels: { team: "t-${i % 17}" } }
    actions: [{ action: noop, params: { target: bench-target } }]`);
  }
  items.push(`  - name: the-one
    match: { alertName: "fraud-*-drift", cloud: local, severity: [critical, error], resource: "endpoint/*", labels: { team: "ml-*" } }
    actions: [{ action: noop, params: { target: "\${alert.labels.target}" } }]
    guardrails: { cooldown: 1s, maxActions: { window: 1h, perPolicy: 1000000 } }`);
  return `apiVersion: airr/v1\npolicies:\n${items.join("\n")}\n`;
}

const alertJson = (n: number) =>
  JSON.stringify({
    alertName: "fraud-model-drift",
    alertId: `bench/${n}`,
    state: "firing",
    severity: "error",
    resourceId: "endpoint/fraud-detector",
    firedAt: "2026-01-31T11:59:00.000Z",
    labels: { team: "ml-fraud", target: "bench-target" },
  });

function stats(samples: number[]): { p50: number; p99: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

async function perAlert(
  iterations: number,
  provider: Provider,
  options: EngineOptions,
  policies = loadPolicies(policyFile(), "bench.yaml", { actions }),
) {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let n = 0; n < WARMUP + iterations; n++) {
    const text = alertJson(n);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const [alert] = parseAlerts(parseUntrustedJson(text));
    if (!alert) throw new Error("no alert");
    const incident = await respond(alert, policies, provider, { ...options, actions });
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    if (incident.decisions.length !== 1) throw new Error(`expected one decision, got ${incident.decisions.length}`);
    if (n >= WARMUP) {
      samples.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { ...stats(samples), cpu: stats(cpu) };
}

function coldStart(runs: number): { airr: number[]; node: number[] } {
  const airr: number[] = [];
  const node: number[] = [];
  const time = (args: string[]) => {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`);
    return performance.now() - start;
  };
  for (let i = 0; i < runs; i++) {
    // Interleaved, so both see the same machine load.
    node.push(time(["-e", "0"]));
    airr.push(time([join(root, "cli/bin/airr.js"), "--help"]));
  }
  return { airr, node };
}

const text = policyFile();
const loadStart = performance.now();
const policies = loadPolicies(text, "bench.yaml", { actions });
const loadMs = performance.now() - loadStart;

const matchSamples: number[] = [];
const [probe] = parseAlerts(parseUntrustedJson(alertJson(0)));
if (!probe) throw new Error("no alert");
for (let i = 0; i < 5_000; i++) {
  const start = performance.now();
  matchPolicies(probe, policies);
  matchSamples.push(performance.now() - start);
}
const match = stats(matchSamples.slice(500));

const memory = await perAlert(2_000, memoryProvider(), { mode: "apply" }, policies);
const dir = mkdtempSync(join(tmpdir(), "airr-bench-engine-"));
const cloud = await LocalCloud.init({ dir, now: new Date().toISOString() });
const localDry = await perAlert(300, cloud, { mode: "dry-run" }, policies);
const localApply = await perAlert(300, cloud, { mode: "apply" }, policies);
rmSync(dir, { recursive: true, force: true });
const cold = coldStart(15);
const airr = stats(cold.airr);
const node = stats(cold.node);

const f = (ms: number) => ms.toFixed(3);
const lines = [
  "## Response engine (`bench/engine.bench.ts`)",
  "",
  machineLine(),
  "The machine is 2 cores shared with other jobs while this ran: absolute timings are noisy; compare rows of one run.",
  "",
  `Per alert, ${POLICIES.toLocaleString("en")} policies loaded (1 matches), action a no-op: parse + match + plan + guardrails + audit.`,
  "",
  "Wall-clock includes time the process waited for a core; CPU time (user + system of this process) does not.",
  "",
  "| what | iterations | wall p50 ms | wall p99 ms | wall mean ms | CPU p50 ms | CPU p99 ms |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  `| match only (1,000 policies) | 4,500 | ${f(match.p50)} | ${f(match.p99)} | ${f(match.mean)} | | |`,
  ...(
    [
      ["engine, apply, in-memory StateStore (engine overhead)", 2_000, memory],
      ["engine, dry-run, local cloud (guardrail reads on files)", 300, localDry],
      [
        "engine, apply, local cloud (claim, settle, cooldown, 5 audit lines, incident: locked atomic file writes)",
        300,
        localApply,
      ],
    ] as const
  ).map(
    ([what, n, r]) =>
      `| ${what} | ${n.toLocaleString("en")} | ${f(r.p50)} | ${f(r.p99)} | ${f(r.mean)} | ${f(r.cpu.p50)} | ${f(r.cpu.p99)} |`,
  ),
  "",
  `Loading and validating the 1,000-policy YAML file once: ${loadMs.toFixed(1)} ms.`,
  "",
  "Cold start, 15 runs each, interleaved in the same run:",
  "",
  "| command | p50 ms | p99 ms |",
  "| --- | ---: | ---: |",
  `| \`node -e 0\` | ${node.p50.toFixed(1)} | ${node.p99.toFixed(1)} |`,
  `| \`airr --help\` | ${airr.p50.toFixed(1)} | ${airr.p99.toFixed(1)} |`,
  `| difference (airr's own start-up) | ${(airr.p50 - node.p50).toFixed(1)} | |`,
  "",
  "Targets (issue 2): engine p99 under 1 ms with 1,000 policies; `airr --help` under 150 ms.",
];
writeFileSync(join(root, "bench/results/engine.md"), `${lines.join("\n")}\n`);
process.stdout.write(`${lines.join("\n")}\n`);
