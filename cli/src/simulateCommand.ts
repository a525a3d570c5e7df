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
import { EXIT } from "./exitCodes.js";
import { formatTable, printJson, reportError } from "./output.js";

export interface SimulateOptions {
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

/** `airr simulate [NAME] [--all]`. */
export async function simulate(name: string | undefined, options: SimulateOptions): Promise<void> {
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
      const rows = results.map((r) => [
        r.scenario,
        r.passed ? "passed" : "FAILED",
        r.timeToDetectSeconds,
        r.timeToRemediateSeconds,
      ]);
      process.stdout.write(
        `${formatTable(["SCENARIO", "RESULT", "TTD (s)", "TTR (s)"], rows)}\n${passed}/${results.length} scenarios passed\n`,
      );
    }
    process.exitCode = results.every((r) => r.passed) ? EXIT.ok : EXIT.failure;
  } catch (error) {
    process.exitCode = reportError(error, json);
  }
}
