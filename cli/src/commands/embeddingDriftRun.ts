import { AirrError, detectEmbeddingDrift, embeddingMethods } from "@airr/core";
import { formatTable, printJson, reportError } from "../output.js";
import { readDataFile } from "../readDataFile.js";

export interface EmbeddingFlags {
  reference: string;
  current: string;
  method: string;
  threshold?: string;
  seed?: string;
  json?: boolean;
}

function number(text: string | undefined, flag: string, integer: boolean): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || (integer && !Number.isSafeInteger(n))) {
    throw new AirrError("InvalidArgument", `${flag} must be ${integer ? "an integer" : "a number"}, got "${text}"`, {
      where: flag,
      hint: integer ? "e.g. --seed 1" : "e.g. --threshold 0.1",
    });
  }
  return n;
}

export function run(flags: EmbeddingFlags): number {
  try {
    if (!embeddingMethods.has(flags.method)) {
      throw new AirrError("UnknownMethod", `unknown method "${flags.method}"`, {
        where: "--method",
        hint: `valid methods: ${embeddingMethods.keys().join(", ")}`,
      });
    }
    const threshold = number(flags.threshold, "--threshold", false);
    const seed = number(flags.seed, "--seed", true);
    const reference = readDataFile(flags.reference, "--reference", true);
    const current = readDataFile(flags.current, "--current", true);
    const result = detectEmbeddingDrift(flags.method, reference, current, {
      ...(threshold === undefined ? {} : { threshold }),
      ...(seed === undefined ? {} : { seed }),
    });
    const out = {
      method: result.method,
      score: result.score,
      threshold: result.threshold,
      drift: result.drift,
      ...(result.pValue === undefined ? {} : { p_value: result.pValue }),
    };
    if (flags.json) printJson(out);
    else {
      const rows = Object.entries(out).map(([k, v]) => [k, typeof v === "number" ? Number(v.toPrecision(6)) : v]);
      process.stdout.write(`${formatTable(["field", "value"], rows)}\n`);
    }
    return 0;
  } catch (error) {
    return reportError(error, flags.json === true);
  }
}
