import type { Command } from "commander";
import type { Common, RunOptions } from "../runbookCommand.js";

const collect = (value: string, previous: string[]) => [...previous, value];

/** `airr runbook list|show|run`: the IR runbooks, readable and executable. */
export function register(program: Command): void {
  const runbook = program
    .command("runbook")
    .description("Incident-response runbooks: list them, read one, run its automated steps.");
  const dirOption = "--runbooks <dir>";
  const dirHelp = "runbook folder (default: $AIRR_RUNBOOKS_DIR, else the runbooks shipped with airr)";

  runbook
    .command("list")
    .description("List the runbooks: name, default severity, target kind, automated steps, title.")
    .option("--json", "print as JSON")
    .option(dirOption, dirHelp)
    .action(async (options: Common) => (await import("../runbookCommand.js")).listRunbooks(options));

  runbook
    .command("show")
    .argument("<name>", "the runbook")
    .description("Print a runbook as Markdown (phases, owners, checks, airr commands, framework mappings).")
    .option("--json", "print the validated runbook as JSON")
    .option(dirOption, dirHelp)
    .action(async (name: string, options: Common) => (await import("../runbookCommand.js")).showRunbook(name, options));

  runbook
    .command("run")
    .argument("<name>", "the runbook")
    .description(
      "Walk the runbook: its automated steps go through the response engine (guardrails, audit, verification); " +
        "the manual steps print as a checklist. A dry-run unless --apply. A missing or unknown --target fails before any step.",
    )
    .option("--target <id>", "the endpoint, secret or data store the runbook acts on")
    .option("--set <name=value>", "a runbook input, e.g. --set pattern='...' (repeatable)", collect, [])
    .option("--step <id>", "run only this automated step")
    .option("--apply", "act (default: dry-run, which changes nothing and shows each exact change)")
    .option("--state-dir <dir>", "local cloud state directory (default: $AIRR_STATE_DIR, else ./.airr)")
    .option("--dir <dir>", "the same as --state-dir (as in `airr local`)")
    .option("--json", "print the incident and the checklist as JSON")
    .option(dirOption, dirHelp)
    .addHelpText(
      "after",
      "\nExamples:\n  airr runbook run secret-exposure --target llm-api-key\n  airr runbook run secret-exposure --target llm-api-key --apply\n" +
        "  airr runbook run drift-harmful-output --target fraud-detector --step rollback-model --apply",
    )
    .action(async (name: string, options: RunOptions) =>
      (await import("../runbookCommand.js")).runRunbook(name, options),
    );
}
