import type { Command } from "commander";

/** `airr policy validate`: every problem of a policy file, with line and column. */
export function register(program: Command): void {
  const policy = program.command("policy").description("Work with policy files (YAML, apiVersion airr/v1).");
  policy
    .command("validate <file>")
    .description("Check a policy file; report EVERY problem as file:line:column with a hint. Exit 2 when any.")
    .option("--json", 'print {valid, file, policies} or {"error":{code, message, problems}}')
    .addHelpText("after", "\nExample:\n  airr policy validate examples/policies/airr-policies.yaml")
    .action(async (file: string, flags: { json?: boolean }) => {
      const { reportError, printJson, formatTable } = await import("../output.js");
      try {
        const [{ validatePolicies, formatProblem, PolicyError }, { readUserFile }] = await Promise.all([
          import("@airr/core"),
          import("../inputs.js"),
        ]);
        const { policies, problems } = validatePolicies(await readUserFile(file, "policy file"), file);
        if (problems.length > 0) {
          if (flags.json) process.exitCode = reportError(new PolicyError(file, problems), true);
          else {
            for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
            process.stderr.write(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${file}\n`);
            process.exitCode = 2;
          }
          return;
        }
        if (flags.json) {
          printJson({ valid: true, file, policies });
          return;
        }
        const rows = policies.map((p) => [
          p.name,
          p.actions.map((a) => a.action).join(", "),
          p.guardrails.requireApproval ? "yes" : "no",
          p.guardrails.cooldown ?? "-",
          p.enabled ? "yes" : "no",
        ]);
        process.stdout.write(
          `${file}: ${policies.length} valid polic${policies.length === 1 ? "y" : "ies"}\n\n${formatTable(["POLICY", "ACTIONS", "APPROVAL", "COOLDOWN", "ENABLED"], rows)}\n`,
        );
      } catch (error) {
        process.exitCode = reportError(error, flags.json === true);
      }
    });
}
