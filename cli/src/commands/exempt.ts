import type { Command } from "commander";

interface Flags {
  until: string;
  reason: string;
  by: string;
  cloud: string;
  stateDir?: string;
  json?: boolean;
}

/** `airr exempt add|list|remove`: humans claim a target (or a label) so no policy touches it until a time. */
export function register(program: Command): void {
  const exempt = program
    .command("exempt")
    .description(
      "Exemptions humans claim: no policy acts on the target (or on alerts with the label) until they expire.",
    );
  exempt
    .command("add <target>")
    .description("Exempt a target id, or `label:key=value`, until a time or for a duration.")
    .requiredOption("--until <when>", "ISO-8601 time (2026-12-31T00:00:00Z) or a duration from now (8h, 7d)")
    .requiredOption("--reason <text>", "why (recorded and shown in every skipped decision)")
    .option("--by <name>", "who claims it", process.env["USER"] ?? "cli")
    .option("--cloud <cloud>", "local|aws|azure|gcp", "local")
    .option("--state-dir <dir>", "local cloud state directory (default: $AIRR_STATE_DIR, else ./.airr)")
    .option("--json", "print the exemption as JSON")
    .addHelpText(
      "after",
      '\nExample:\n  airr exempt add training-data --until 7d --reason "public on purpose for the open dataset"',
    )
    .action(async (target: string, flags: Flags) => {
      const { reportError, printJson } = await import("../output.js");
      try {
        const [{ AirrError, addDuration, parseDuration, toIsoMillis }, providers] = await Promise.all([
          import("@airr/core"),
          import("../providers.js"),
        ]);
        const now = new Date().toISOString();
        const until = parseDuration(flags.until) !== null ? addDuration(now, flags.until) : toIsoMillis(flags.until);
        if (until === null || until <= now) {
          throw new AirrError(
            "InvalidFlag",
            `--until must be a future ISO-8601 time or a duration, got "${flags.until}"`,
            {
              hint: "e.g. --until 2026-12-31T00:00:00Z or --until 8h",
            },
          );
        }
        const provider = await providers.openProvider(flags.cloud, { stateDir: flags.stateDir });
        const exemption = { target, reason: flags.reason, by: flags.by, until };
        await provider.state.putExemption(exemption);
        if (flags.json) printJson(exemption);
        else process.stdout.write(`Exempted ${target} until ${until} (by ${flags.by}: ${flags.reason}).\n`);
      } catch (error) {
        process.exitCode = reportError(error, flags.json === true);
      }
    });
  exempt
    .command("list")
    .description("Exemptions in force now.")
    .option("--cloud <cloud>", "local|aws|azure|gcp", "local")
    .option("--state-dir <dir>", "local cloud state directory (default: $AIRR_STATE_DIR, else ./.airr)")
    .option("--json", "print JSON")
    .action(async (flags: Omit<Flags, "until" | "reason" | "by">) => {
      const { reportError, printJson, formatTable } = await import("../output.js");
      try {
        const provider = await (await import("../providers.js")).openProvider(flags.cloud, {
          stateDir: flags.stateDir,
        });
        const list = await provider.state.listExemptions(new Date().toISOString());
        if (flags.json) printJson(list);
        else
          process.stdout.write(
            `${formatTable(
              ["TARGET", "UNTIL", "BY", "REASON"],
              list.map((e) => [e.target, e.until, e.by, e.reason]),
            )}\n`,
          );
      } catch (error) {
        process.exitCode = reportError(error, flags.json === true);
      }
    });
  exempt
    .command("remove <target>")
    .description("End an exemption now (the target or `label:key=value` exactly as it was added).")
    .option("--cloud <cloud>", "local|aws|azure|gcp", "local")
    .option("--state-dir <dir>", "local cloud state directory (default: $AIRR_STATE_DIR, else ./.airr)")
    .option("--json", "print the removed exemption as JSON")
    .action(async (target: string, flags: Omit<Flags, "until" | "reason" | "by">) => {
      const { reportError, printJson } = await import("../output.js");
      try {
        const [{ AirrError }, providers] = await Promise.all([import("@airr/core"), import("../providers.js")]);
        const provider = await providers.openProvider(flags.cloud, { stateDir: flags.stateDir });
        const removed = await provider.state.removeExemption(target);
        if (removed === null) {
          const live = await provider.state.listExemptions(new Date().toISOString());
          throw new AirrError("ExemptionNotFound", `no exemption for "${target}"`, {
            where: "exempt remove <target>",
            hint:
              live.length === 0
                ? "there are no exemptions in force (`airr exempt list`)"
                : `exemptions in force: ${live.map((e) => e.target).join(", ")}`,
          });
        }
        if (flags.json) printJson(removed);
        else
          process.stdout.write(`Removed the exemption of ${target} (was until ${removed.until}, by ${removed.by}).\n`);
      } catch (error) {
        process.exitCode = reportError(error, flags.json === true);
      }
    });
}
