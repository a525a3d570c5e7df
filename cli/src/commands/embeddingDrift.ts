import type { Command } from "commander";
import type { EmbeddingFlags } from "./embeddingDriftRun.js";

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
    .action(async (flags: EmbeddingFlags) => {
      const { run } = await import("./embeddingDriftRun.js");
      process.exitCode = run(flags);
    });
}
