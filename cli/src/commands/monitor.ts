import type { Command } from "commander";
import type { ReplayFlags } from "../monitor/runReplay.js";

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
    .addHelpText("after", "\nExample:\n  airr monitor replay --input predictions.jsonl --config monitor.yaml --json")
    .action(async (flags: ReplayFlags) => {
      // Loaded on use, so `airr --help` does not load the monitor, zod or yaml.
      const { runReplay } = await import("../monitor/runReplay.js");
      process.exitCode = runReplay(flags);
    });
}
