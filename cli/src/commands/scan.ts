import type { Command } from "commander";
import type { OutputOpts, PromptOpts } from "./scanRun.js";

/** `airr scan prompt|output`: batch-scan JSONL prompts for injection or outputs for leaks. */
export function register(program: Command): void {
  const scan = program
    .command("scan")
    .description("Scan prompts for injection/jailbreak or model outputs for leaks (JSONL in).");
  scan
    .command("prompt")
    .description('Score each prompt (rows with "text") for injection and jailbreak.')
    .requiredOption("--input <file>", 'JSONL file, one object with a "text" field per line')
    .option(
      "--threshold <score>",
      "block at or above this calibrated score, in (0, 1] (default: the detector's calibrated default, see docs/prompt-guard.md)",
    )
    .option("--json", "one JSON line per input row: {verdict, score, families, reasons}")
    .action(async (opts: PromptOpts) => {
      const { run, scanPrompts } = await import("./scanRun.js");
      process.exitCode = run(opts.json === true, () => scanPrompts(opts));
    });
  scan
    .command("output")
    .description('Scan each model output (rows with "text") for PII, secrets, canaries and system-prompt leaks.')
    .requiredOption("--input <file>", 'JSONL file; rows may carry "system_prompt" and "canary" for that row only')
    .option("--system-prompt <file>", "file with the application's system prompt (applies to every row)")
    .option(
      "--canary <token>",
      "a canary token to look for (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option("--json", "one JSON line per input row: {leak, findings: [{kind, value}]}")
    .action(async (opts: OutputOpts) => {
      const { run, scanOutputs } = await import("./scanRun.js");
      process.exitCode = run(opts.json === true, () => scanOutputs(opts));
    });
}
