import { AirrError, detectEmbeddingDrift, embeddingMethods } from "@airr/core";
import type { Command } from "commander";
import { formatTable, printJson, reportError } from "../output.js";
import { readDataFile } from "../readDataFile.js";

interface EmbeddingFlags {
  reference: string;
  current: string;
  method: string;
  threshold?: string;
  seed?: string;
  json?: boolean;
}

/** `airr embedding-drift`: compares two sets of embeddings with one of Evidently's or Alibi Detect's methods. */
export function register(program: Command): void {
  program
    .command("embedding-drift")
    .description(
      "Compare current embeddings with reference embeddings (Evidently's distance/ratio/MMD/classifier, Alibi Detect's MMD)",
    )
    .requiredOption(
      "--reference <file>",
      "reference embeddings: JSON array of equal-length number arrays, or JSON Lines",
    )
    .requiredOption("--current <file>", "current embeddings, same format and dimension")
    .requiredOption("--method <name>", "cosine|euclidean|ratio|mmd|mmd_alibi|classifier")
    .option("--threshold <x>", "override the method's threshold (mmd_alibi: the p-value threshold)")
    .option("--seed <n>", "seed of the permutation test, split or bootstrap (default 0; classifier 42)")
    .option("--json", 'print {"method", "score", "threshold", "drift", "p_value"?}')
    .addHelpText(
      "after",
      "\nDefault thresholds: cosine 0.2, euclidean 0.2, ratio 0.2, mmd 0.015, mmd_alibi p < 0.05, classifier ROC AUC 0.55.\n" +
        "Example:\n  airr embedding-drift --reference ref.json --current today.jsonl --method mmd_alibi --seed 1 --json\n",
    )
    .action((flags: EmbeddingFlags) => {
      process.exitCode = run(flags);
    });
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

function run(flags: EmbeddingFlags): number {
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
