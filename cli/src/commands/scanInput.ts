import { readFileSync } from "node:fs";
import { AirrError } from "@airr/core";
import { z } from "zod";

/** One input row of `airr scan`: `text`, plus per-row `system_prompt` and `canary` for outputs. */
export const ScanRowSchema = z.object({
  text: z.string(),
  system_prompt: z.string().optional(),
  canary: z.union([z.string(), z.array(z.string())]).optional(),
});
export type ScanRow = z.infer<typeof ScanRowSchema>;

/** A problem with the file given to `airr scan`. */
export class ScanInputError extends AirrError {
  constructor(message: string, where: string, hint: string) {
    super("ScanInput", message, { where, hint });
  }
}

/** Reads a UTF-8 file (the CLI does the I/O; core never does). */
export function readTextFile(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new ScanInputError(
      `cannot read ${what} "${path}": ${(error as NodeJS.ErrnoException).code ?? "error"}`,
      path,
      "check the path and permissions",
    );
  }
}

/** Parses a JSONL file of rows with `text`; blank lines are skipped, bad lines are errors. */
export function readScanRows(path: string): ScanRow[] {
  const rows: ScanRow[] = [];
  readTextFile(path, "input file")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      const where = `${path}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new ScanInputError(
          `line ${i + 1} is not valid JSON`,
          where,
          'each line must be a JSON object such as {"text": "..."}',
        );
      }
      const parsed = ScanRowSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ScanInputError(
          `line ${i + 1}: ${issue?.path.join(".") || "row"}: ${issue?.message ?? "invalid"}`,
          where,
          'each row needs a string "text"; optional "system_prompt" (string) and "canary" (string or list)',
        );
      }
      rows.push(parsed.data);
    });
  return rows;
}
