import type { Command } from "commander";

interface Flags {
  dir?: string;
  json?: boolean;
}

/** `airr demo`: the whole loop on a fresh local cloud, offline, in seconds. */
export function register(program: Command): void {
  program
    .command("demo")
    .description(
      "On a fresh local cloud: a drift alert fires, the policy rolls the model back, verification passes, " +
        "the incident prints as a timeline; the same alert again is skipped as a duplicate.",
    )
    .option("--dir <dir>", "state directory to use (default: a new temporary directory)")
    .option("--json", "print both incidents as JSON")
    .action(async (flags: Flags) => {
      const { reportError, printJson } = await import("../output.js");
      try {
        const { runDemo } = await import("../runDemo.js");
        const result = await runDemo(flags.dir, flags.json ? () => {} : (text) => process.stdout.write(text));
        if (flags.json) printJson(result);
        process.exitCode =
          result.first.status === "completed" && result.second.decisions.every((d) => d.outcome === "skipped:duplicate")
            ? 0
            : 1;
      } catch (error) {
        process.exitCode = reportError(error, flags.json === true);
      }
    });
}
