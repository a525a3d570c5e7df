import type { Command } from "commander";

interface RespondFlags {
  alert: string;
  policy?: string;
  cloud: string;
  stateDir?: string;
  apply?: boolean;
  json?: boolean;
  by?: string;
}

/** `airr respond`: answer an alert file with the matching policies (dry-run unless --apply). */
export function register(program: Command): void {
  program
    .command("respond")
    .description(
      "Answer an alert with the matching policies: plan, guardrails, act, verify, audit. Dry-run unless --apply.",
    )
    .requiredOption(
      "--alert <file>",
      "alert payload (JSON) as the cloud sent it, or the local alert format; - reads standard input",
    )
    .option("--policy <file>", "policy file (default: ./airr-policies.yaml, else the bundled example)")
    .option("--cloud <cloud>", "provider to act on and alert format to expect: local|aws|azure|gcp", "local")
    .option("--state-dir <dir>", "local cloud state directory (default: $AIRR_STATE_DIR, else ./.airr)")
    .option("--apply", "act (default: dry-run, which changes nothing and shows the exact change)")
    .option("--by <name>", "who is responding, recorded in the incident", "cli")
    .option("--json", "print the incident(s) as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  airr respond --alert examples/alerts/fraud-model-drift.json            # dry-run\n  airr respond --alert examples/alerts/fraud-model-drift.json --apply\n\nExit codes: 0 done (also dry-run, duplicate, cooldown, awaiting approval, a cloud's test notification), 1 an action failed, 2 bad input.",
    )
    .action(async (flags: RespondFlags) => {
      const { reportError, printJson } = await import("../output.js");
      try {
        const [{ respond }, inputs, providers, view] = await Promise.all([
          import("@airr/core"),
          import("../inputs.js"),
          import("../providers.js"),
          import("../renderIncident.js"),
        ]);
        const alerts = await inputs.readAlerts(flags.alert, flags.cloud);
        const { policies } = await inputs.readPolicies(flags.policy);
        const provider = await providers.openProvider(flags.cloud, { stateDir: flags.stateDir });
        const progress = (message: string) => process.stderr.write(`… ${message}\n`);
        const incidents = [];
        for (const alert of alerts) {
          incidents.push(
            await respond(alert, policies, provider, {
              mode: flags.apply ? "apply" : "dry-run",
              initiator: `cli:${flags.by ?? "cli"}`,
              onProgress: progress,
            }),
          );
        }
        if (flags.json) printJson(incidents.length === 1 ? incidents[0] : incidents);
        else process.stdout.write(incidents.map(view.renderIncident).join("\n"));
        process.exitCode = incidents.some((i) => i.status === "failed") ? 1 : 0;
      } catch (error) {
        // A cloud's "test" message (e.g. Azure's test action group) is acknowledged, not an error.
        if ((error as { code?: unknown }).code === "TestNotification") {
          if (flags.json) printJson({ acknowledged: "TestNotification", message: (error as Error).message });
          else process.stdout.write(`Test notification acknowledged; nothing to do (${(error as Error).message}).\n`);
          process.exitCode = 0;
          return;
        }
        process.exitCode = reportError(error, flags.json === true);
      }
    });
}
