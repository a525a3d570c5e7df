import type { Command } from "commander";

interface ParseFlags {
  cloud: string;
  json?: boolean;
}

/** `airr alert parse`: normalize a cloud's alert payload into airr's Alert. */
export function register(program: Command): void {
  const alert = program.command("alert").description("Work with alert payloads.");
  alert
    .command("parse <file>")
    .summary("normalize an alert payload (- reads standard input)")
    .description(
      "Normalize an alert payload (CloudWatch/SNS, Azure Monitor, GCP Monitoring, local) into airr's Alert list.",
    )
    .option("--cloud <cloud>", "which cloud's parsers to try: auto|local|aws|azure|gcp", "auto")
    .option("--json", 'print the Alert list as JSON (errors as {"error":{...}}, exit 2)')
    .addHelpText("after", "\nExample:\n  airr alert parse examples/alerts/fraud-model-drift.json --json")
    .action(async (file: string, flags: ParseFlags) => {
      const { reportError, printJson, formatTable } = await import("../output.js");
      try {
        const { readAlerts } = await import("../inputs.js");
        const alerts = await readAlerts(file, flags.cloud);
        if (flags.json) printJson(alerts);
        else {
          const rows = alerts.map((a) => [a.cloud, a.kind, a.alertName, a.state, a.severity, a.resourceId, a.firedAt]);
          process.stdout.write(
            `${formatTable(["CLOUD", "KIND", "ALERT", "STATE", "SEVERITY", "RESOURCE", "FIRED"], rows)}\n`,
          );
        }
      } catch (error) {
        process.exitCode = reportError(error, flags.json === true);
      }
    });
}
