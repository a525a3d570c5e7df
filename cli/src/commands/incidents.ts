import type { Command } from "commander";

interface Flags {
  cloud: string;
  stateDir?: string;
  json?: boolean;
  limit: string;
}

const common = (command: Command) =>
  command
    .option("--cloud <cloud>", "where the incidents are stored: local|aws|azure|gcp", "local")
    .option("--state-dir <dir>", "local cloud state directory (default: $AIRR_STATE_DIR, else ./.airr)")
    .option("--json", "print JSON");

/** `airr incidents list|show`: the audit records of past responses. */
export function register(program: Command): void {
  const incidents = program
    .command("incidents")
    .description("List and show incidents (the audit record of each response).");
  common(incidents.command("list"))
    .description("List incidents, newest first.")
    .option("--limit <n>", "how many", "20")
    .action(async (flags: Flags) => {
      const { reportError, printJson, formatTable } = await import("../output.js");
      try {
        const { AirrError } = await import("@airr/core");
        const limit = Number(flags.limit);
        if (!Number.isInteger(limit) || limit < 1) {
          throw new AirrError("InvalidFlag", `--limit must be a positive integer, got "${flags.limit}"`, {
            hint: "e.g. --limit 20",
          });
        }
        const provider = await (await import("../providers.js")).openProvider(flags.cloud, {
          stateDir: flags.stateDir,
        });
        const list = await provider.state.listIncidents(limit);
        if (flags.json) printJson(list);
        else {
          const rows = list.map((i) => [
            i.id,
            i.createdAt,
            i.status,
            i.alert.alertName,
            i.alert.state,
            i.decisions.map((d) => d.outcome).join(" "),
          ]);
          process.stdout.write(
            `${formatTable(["INCIDENT", "CREATED", "STATUS", "ALERT", "STATE", "DECISIONS"], rows)}\n`,
          );
        }
      } catch (error) {
        process.exitCode = reportError(error, flags.json === true);
      }
    });
  common(incidents.command("show <id>"))
    .description("Show one incident: the alert, each decision with before/after state, and its timeline.")
    .action(async (id: string, flags: Flags) => {
      const { reportError, printJson } = await import("../output.js");
      try {
        const [{ loadIncident }, providers, view] = await Promise.all([
          import("@airr/core"),
          import("../providers.js"),
          import("../renderIncident.js"),
        ]);
        const provider = await providers.openProvider(flags.cloud, { stateDir: flags.stateDir });
        const incident = await loadIncident(provider, id);
        const audit = await provider.state.readAudit(id);
        if (flags.json) printJson({ incident, audit });
        else process.stdout.write(`${view.renderIncident(incident)}\n${view.renderTimeline(incident, audit)}`);
      } catch (error) {
        process.exitCode = reportError(error, flags.json === true);
      }
    });
}
