import { Command, CommanderError } from "commander";
import { commandModules } from "./commands/index.js";
import { EXIT } from "./exitCodes.js";

/** Builds the `airr` program. Exported so tests can run commands in-process. */
export function buildProgram(): Command {
  const program = new Command("airr")
    .description(
      "AI incident response & remediation: detect silent failure and attack, respond with audited remediations.",
    )
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  for (const module of commandModules) module.register(program);
  return program;
}

/** Entry point of the `airr` bin. Sets `process.exitCode`; never calls `process.exit` mid-write. */
export async function main(argv: string[]): Promise<void> {
  // `airr ... | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0; usage errors were already printed.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
      return;
    }
    throw error;
  }
}
