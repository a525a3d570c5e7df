import { AirrError } from "@airr/core";
import { EXIT } from "./exitCodes.js";

/** Prints a value as one JSON document on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Renders rows as an aligned plain-text table (no colours: output is often piped). */
export function formatTable(headers: string[], rows: (string | number | boolean | null)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null ? "-" : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  return cells
    .map((r, n) => {
      const line = r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd();
      return n === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}

/**
 * Reports an error and returns the exit code: a user's mistake (`AirrError`) prints what, where
 * and how to fix it (exit 2); anything else is a bug or an outage (exit 1).
 */
export function reportError(error: unknown, json: boolean): number {
  if (error instanceof AirrError) {
    if (json) printJson({ error: error.toJSON() });
    else {
      process.stderr.write(`error [${error.code}]: ${error.message}\n`);
      if (error.where) process.stderr.write(`  at: ${error.where}\n`);
      if (error.hint) process.stderr.write(`  fix: ${error.hint}\n`);
    }
    return EXIT.badInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (json) printJson({ error: { code: "Internal", message } });
  else process.stderr.write(`error: ${message}\n`);
  return EXIT.failure;
}
