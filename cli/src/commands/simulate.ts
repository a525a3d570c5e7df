import type { Command } from "commander";
import type { SimulateOptions } from "../simulateCommand.js";

/** `airr simulate NAME|--all`: rehearse an incident end to end on the local cloud. */
export function register(program: Command): void {
  program
    .command("simulate")
    .argument("[name]", "the scenario (an unknown name lists the valid ones; see docs/playbook.md)")
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
    .action(async (name: string | undefined, options: SimulateOptions) =>
      (await import("../simulateCommand.js")).simulate(name, options),
    );
}
