import { readFileSync } from "node:fs";
import { AirrError } from "@airr/core";
import type { Command } from "commander";
import { parse as parseYaml } from "yaml";
import { EXIT } from "../exitCodes.js";
import { formatReport } from "../monitor/formatReport.js";
import { replayLog } from "../monitor/replayLog.js";
import { parseReplayRows } from "../monitor/replayRows.js";
import { printJson, reportError } from "../output.js";

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new AirrError("FileNotReadable", `cannot read ${what} ${file}`, {
      where: file,
      hint: "check the path and permissions",
      cause: error,
    });
  }
}

function readConfig(file: string | undefined): Record<string, unknown> {
  if (file === undefined) return {};
  const text = readText(file, "config");
  let value: unknown;
  try {
    value = parseYaml(text); // YAML is a superset of JSON: both work
  } catch (error) {
    throw new AirrError("InvalidMonitorConfig", `config ${file} is neither JSON nor YAML`, {
      where: file,
      cause: error,
    });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new AirrError("InvalidMonitorConfig", `config ${file} must be an object`, {
      where: file,
      hint: 'e.g. {"lowConfidenceThreshold": 0.6, "checks": {"latency": {"p95Ms": 300}}}',
    });
  }
  return value as Record<string, unknown>;
}

/** `airr monitor replay`: replay a prediction log through the health monitor. */
export function register(program: Command): void {
  const monitor = program
    .command("monitor")
    .description("Model health monitor: confidence, latency, errors, cost, feedback.");
  monitor
    .command("replay")
    .description(
      "Replay a JSONL log of predictions, errors and feedback through a monitor; print health, checks, latency quantiles, cost, feedback metrics and retraining advice.",
    )
    .requiredOption("--input <file>", "JSONL log: prediction, error and feedback rows (see docs/health.md)")
    .option("--config <file>", "monitor config, JSON or YAML (thresholds, budgets, time zone, prices)")
    .option("--json", "print the snapshot as JSON", false)
    .action((options: { input: string; config?: string; json: boolean }) => {
      try {
        const config = readConfig(options.config);
        const rows = parseReplayRows(readText(options.input, "log"), options.input);
        const snapshot = replayLog(rows, config, Date.now());
        if (options.json) printJson(snapshot);
        else process.stdout.write(`${formatReport(snapshot)}\n`);
        process.exitCode = EXIT.ok;
      } catch (error) {
        process.exitCode = reportError(error, options.json);
      }
    });
}
