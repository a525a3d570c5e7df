import { readFileSync } from "node:fs";
import { AirrError } from "@airr/core";
import { parse as parseYaml } from "yaml";
import { EXIT } from "../exitCodes.js";
import { printJson, reportError } from "../output.js";
import { formatReport } from "./formatReport.js";
import { replayLog } from "./replayLog.js";
import { parseReplayRows } from "./replayRows.js";

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

/** Flags of `airr monitor replay`. */
export interface ReplayFlags {
  input: string;
  config?: string;
  json: boolean;
}

/** Runs `airr monitor replay` and returns the exit code. */
export function runReplay(options: ReplayFlags): number {
  try {
    const config = readConfig(options.config);
    const rows = parseReplayRows(readText(options.input, "log"), options.input);
    const snapshot = replayLog(rows, config, Date.now());
    if (options.json) printJson(snapshot);
    else process.stdout.write(`${formatReport(snapshot)}\n`);
    return EXIT.ok;
  } catch (error) {
    return reportError(error, options.json);
  }
}
