import type { Command } from "commander";

interface Flags {
  action?: string;
  apply?: boolean;
  cloud: string;
  stateDir?: string;
  json?: boolean;
}

/** `airr undo`: put back the state recorded before an incident's actions. */
export function register(program: Command): void {
  program
    .command("undo <incident>")
    .description(
      "Undo an incident's executed actions, newest first, restoring the recorded before-state (verified, audited). Preview unless --apply.",
    )
    .option("--action <key>", "undo only this action key")
    .option("--apply", "undo (default: show what undo would change)")
    .option("--cloud <cloud>", "local|aws|azure|gcp", "local")
    .option("--state-dir <dir>", "local cloud state directory (default: $AIRR_STATE_DIR, else ./.airr)")
    .option("--json", "print {incident, results} as JSON")
    .action(async (id: string, flags: Flags) => {
      const { reportError, printJson, formatTable } = await import("../output.js");
      try {
        const [{ undo }, providers] = await Promise.all([import("@airr/core"), import("../providers.js")]);
        const provider = await providers.openProvider(flags.cloud, { stateDir: flags.stateDir });
        const result = await undo(id, provider, {
          mode: flags.apply ? "apply" : "dry-run",
          ...(flags.action === undefined ? {} : { actionKey: flags.action }),
          initiator: "cli",
          onProgress: (message) => process.stderr.write(`… ${message}\n`),
        });
        if (flags.json) printJson(result);
        else {
          const rows = result.results.map((r) => [r.action, r.target, r.outcome, r.change, r.detail]);
          const head = flags.apply ? "Undo:" : "Undo would (re-run with --apply):";
          process.stdout.write(
            `${head}\n\n${formatTable(["ACTION", "TARGET", "OUTCOME", "CHANGE", "DETAIL"], rows)}\n`,
          );
        }
        process.exitCode = result.results.some((r) => r.outcome === "failed") ? 1 : 0;
      } catch (error) {
        process.exitCode = reportError(error, flags.json === true);
      }
    });
}
