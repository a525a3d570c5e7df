import type { Command } from "commander";
import type { DriftFlags } from "./driftRun.js";

/** `airr drift`: Evidently-compatible data drift between two files. */
export function register(program: Command): void {
  program
    .command("drift")
    .description("Compare a current dataset with a reference one, column by column, with Evidently's stat tests.")
    .requiredOption(
      "--reference <file>",
      "reference data: .csv (header row), .jsonl (objects) or .json (array of values)",
    )
    .requiredOption("--current <file>", "current data, same formats")
    .option("--column <name>", "column to compare (repeatable; default: every reference column)", collect)
    .option(
      "--type <num|cat|NAME=num|cat>",
      "force the type of every selected column, or of one column (repeatable); default: inferred like Evidently",
      collect,
    )
    .option(
      "--test <name|all>",
      `stat test (repeatable), or "all" for every test of the column's type; default: Evidently's selection. Names as in Evidently (ks, wasserstein, psi, chisquare, ...; full list in docs/drift.md)`,
      collect,
    )
    .option("--threshold <x>", "threshold for every test (default: each test's own)")
    .option("--share-threshold <x>", "dataset drift when at least this share of columns drifted", "0.5")
    .option("--report <file>", "write a self-contained HTML report")
    .option("--metrics <emf|prometheus>", "print metric lines instead of the table")
    .option("--json", "print the result as JSON")
    .addHelpText("after", "\nExample:\n  airr drift --reference ref.csv --current today.csv --report drift.html --json")
    .action(async (flags: DriftFlags) => {
      const { runDrift } = await import("./driftRun.js");
      process.exitCode = runDrift(flags);
    });
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
