import {
  AirrError,
  hasWarning,
  type StreamDetectorName,
  StreamDriftError,
  streamDetectors,
  toCamelCase,
} from "@airr/core";
import { printJson, reportError } from "../output.js";
import { readDataFile } from "../readDataFile.js";
import { DETECTORS } from "./streamDetectorNames.js";

export interface StreamFlags {
  detector: string;
  param: string[];
  input: string;
  json?: boolean;
}

/** Runs `airr stream` once its flags are parsed; returns the exit code. */
export function run(flags: StreamFlags): number {
  try {
    if (!(DETECTORS as readonly string[]).includes(flags.detector)) {
      throw new AirrError("UnknownDetector", `unknown detector "${flags.detector}"`, {
        where: "--detector",
        hint: `valid detectors: ${DETECTORS.join(", ")}`,
      });
    }
    const options = Object.fromEntries(flags.param.map(parseParam));
    const values = toNumbers(readDataFile(flags.input, "--input", false), flags.input);
    const detector = streamDetectors.get(flags.detector as StreamDetectorName).create(options);
    const drifts: number[] = [];
    const warnings: number[] = [];
    values.forEach((x, i) => {
      detector.update(x);
      if (detector.driftDetected) drifts.push(i);
      if (hasWarning(detector) && detector.warningDetected) warnings.push(i);
    });
    if (flags.json) printJson({ drifts, warnings });
    else {
      process.stdout.write(
        `${flags.detector}: ${values.length} values, ${drifts.length} drift(s), ${warnings.length} warning(s)\n`,
      );
      if (drifts.length > 0) process.stdout.write(`drifts at: ${drifts.join(", ")}\n`);
      if (warnings.length > 0) process.stdout.write(`warnings at: ${summarize(warnings)}\n`);
    }
    return 0;
  } catch (error) {
    return reportError(error, flags.json === true);
  }
}

/** `name=value` with River's snake_case name. */
function parseParam(raw: string): [string, unknown] {
  const at = raw.indexOf("=");
  if (at <= 0) {
    throw new StreamDriftError("InvalidParameter", `--param expects name=value, got "${raw}"`, {
      where: "--param",
      hint: "e.g. --param delta=0.002 --param mode=up",
    });
  }
  const name = raw.slice(0, at).trim();
  const text = raw.slice(at + 1).trim();
  return [toCamelCase(name), parseValue(text)];
}

/** Numbers, true/false and JSON arrays (KSWIN's `window`) are typed; anything else stays text. */
function parseValue(text: string): unknown {
  if (text === "true" || text === "false") return text === "true";
  if (text !== "" && Number.isFinite(Number(text))) return Number(text);
  if (text.startsWith("[")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function toNumbers(value: unknown, file: string): number[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new AirrError("InvalidInput", `--input ${file} must be a non-empty JSON array of numbers`, {
      where: file,
      hint: "e.g. [0, 1, 0, 0, 1]",
    });
  }
  for (const [i, x] of value.entries()) {
    if (typeof x !== "number" || !Number.isFinite(x)) {
      throw new AirrError("InvalidInput", `--input ${file}: value ${i} is ${JSON.stringify(x)}, not a finite number`, {
        where: `${file}[${i}]`,
        hint: "every value must be a number; drop nulls, NaN and strings",
      });
    }
  }
  return value as number[];
}

/** Warnings come in long runs; print them as ranges. */
function summarize(indices: number[]): string {
  const parts: string[] = [];
  let start = indices[0]!;
  let prev = start;
  for (const i of [...indices.slice(1), Number.NaN]) {
    if (i === prev + 1) prev = i;
    else {
      parts.push(start === prev ? `${start}` : `${start}-${prev}`);
      start = prev = i;
    }
  }
  return parts.join(", ");
}
