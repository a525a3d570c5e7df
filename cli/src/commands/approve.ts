import type { Command } from "commander";

interface Flags {
  action?: string;
  apply?: boolean;
  policy?: string;
  cloud: string;
  stateDir?: string;
  by: string;
  json?: boolean;
}

/** `airr approve`: release actions that wait for approval (bound to their exact parameters). */
export function register(program: Command): void {
  program
    .command("approve <incident>")
    .description(
      "Approve actions of an incident that await approval, then run them through the other guardrails. Preview unless --apply.",
    )
    .option("--action <key>", "approve only this action key (see `airr incidents show`)")
    .option("--apply", "record the approval and act (default: show what would run)")
    .option("--policy <file>", "the policy file the incident was created with (default as for respond)")
    .option("--cloud <cloud>", "local|aws|azure|gcp", "local")
    .option("--state-dir <dir>", "local cloud state directory (default: $AIRR_STATE_DIR, else ./.airr)")
    .option("--by <name>", "who approves (recorded)", process.env["USER"] ?? "cli")
    .option("--json", "print {incident, decisions} as JSON")
    .addHelpText(
      "after",
      "\nThe approval covers exactly the action key and its parameters hash; changed parameters need a new approval.",
    )
    .action(async (id: string, flags: Flags) => {
      const { reportError, printJson } = await import("../output.js");
      try {
        const [{ approve }, inputs, providers, view] = await Promise.all([
          import("@airr/core"),
          import("../inputs.js"),
          import("../providers.js"),
          import("../renderIncident.js"),
        ]);
        const { policies } = await inputs.readPolicies(flags.policy);
        const provider = await providers.openProvider(flags.cloud, { stateDir: flags.stateDir });
        const result = await approve(id, policies, provider, {
          mode: flags.apply ? "apply" : "dry-run",
          ...(flags.action === undefined ? {} : { actionKey: flags.action }),
          approvedBy: flags.by,
          initiator: `cli:${flags.by}`,
          onProgress: (message) => process.stderr.write(`… ${message}\n`),
        });
        if (flags.json) printJson(result);
        else {
          const head = flags.apply ? `Approved by ${flags.by}:` : "Would approve and run (re-run with --apply):";
          process.stdout.write(`${head}\n\n${view.renderDecisions(result.decisions)}\n`);
        }
        process.exitCode = result.decisions.some((d) => d.outcome === "failed") ? 1 : 0;
      } catch (error) {
        process.exitCode = reportError(error, flags.json === true);
      }
    });
}
