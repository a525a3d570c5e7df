import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { AirrError } from "@airr/core";
import {
  chartJsSource,
  formatTimeline,
  renderIncidentReport,
  runScenario,
  type ScenarioResult,
  scenarios,
} from "@airr/scenarios";
import type { Command } from "commander";
import { EXIT } from "../exitCodes.js";
import { printJson, reportError } from "../output.js";

interface SimulateOptions {
  seed: string;
  json?: boolean;
  report?: string;
  all?: boolean;
  dir?: string;
  force?: boolean;
}

function parseSeed(text: string): number {
  const seed = Number(text);
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new AirrError("InvalidSeed", `--seed must be a non-negative integer, got "${text}"`, {
      where: "--seed",
      hint: "pass e.g. --seed 42",
    });
  }
  return seed;
}

function pickNames(name: string | undefined, all: boolean): string[] {
  if (all) return scenarios.keys();
  if (name === undefined) {
    throw new AirrError("MissingScenario", "no scenario given", {
      hint: `name one (${scenarios.keys().join(", ")}) or pass --all`,
    });
  }
  scenarios.get(name); // an unknown name throws, listing the valid ones
  return [name];
}

async function runOne(name: string, seed: number, options: SimulateOptions, many: boolean): Promise<ScenarioResult> {
  const own = options.dir === undefined;
  const base = own ? mkdtempSync(join(tmpdir(), `airr-simulate-${name}-`)) : resolve(options.dir as string);
  const dir = many && !own ? join(base, name) : base;
  mkdirSync(dir, { recursive: true });
  return runScenario(scenarios.get(name), { seed, dir, force: own || options.force === true });
}

/** `airr simulate NAME|--all`: rehearse an incident end to end on the local cloud. */
export function register(program: Command): void {
  program
    .command("simulate")
    .argument("[name]", `the scenario: ${scenarios.keys().join(", ")}`)
    .description(
      "Run a breach simulation on the local cloud: seeded traffic, the real detector, the alert, the response " +
        "engine (apply mode, guardrails, audit), verification and end-state checks. Prints the timeline with " +
        "time to detect and time to remediate in simulated time. Exit 1 when a scenario fails.",
    )
    .option("--seed <n>", "seed of the traffic generator (same seed, same timeline)", "42")
    .option("--all", "run every scenario")
    .option("--json", "print the result(s) as JSON")
    .option("--report <file>", "write the HTML incident report (with --all: a directory, one file per scenario)")
    .option("--dir <dir>", "keep the local cloud's state here (default: a fresh temporary directory)")
    .option("--force", "with --dir: replace a world already there")
    .addHelpText(
      "after",
      "\nExamples:\n  airr simulate data-leakage --seed 7 --report leak.html\n  airr simulate --all --json\n" +
        "  airr simulate compromised-weights --dir /tmp/sim --force && airr local show --dir /tmp/sim",
    )
    .action(async (name: string | undefined, options: SimulateOptions) => {
      const json = options.json === true;
      try {
        const seed = parseSeed(options.seed);
        const names = pickNames(name, options.all === true);
        const results: ScenarioResult[] = [];
        for (const each of names) {
          const result = await runOne(each, seed, options, names.length > 1);
          results.push(result);
          if (!json) process.stdout.write(`${formatTimeline(result)}\n`);
          if (options.report !== undefined) {
            const file = names.length > 1 ? join(options.report, `${each}.html`) : options.report;
            if (names.length > 1) mkdirSync(options.report, { recursive: true });
            writeFileSync(file, renderIncidentReport(result, chartJsSource()));
            if (!json) process.stdout.write(`Report: ${file}\n\n`);
          }
        }
        if (json) printJson(options.all === true ? results : results[0]);
        else if (results.length > 1) {
          const passed = results.filter((r) => r.passed).length;
          process.stdout.write(`${passed}/${results.length} scenarios passed\n`);
        }
        process.exitCode = results.every((r) => r.passed) ? EXIT.ok : EXIT.failure;
      } catch (error) {
        process.exitCode = reportError(error, json);
      }
    });
}
