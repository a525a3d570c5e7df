import type { z } from "zod";
import { StateCorruptError } from "./errors.js";

/** Parses and validates the text of a state file; `where` names the file (and line) in the error. */
export function parseStateJson<S extends z.ZodType>(where: string, schema: S, text: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StateCorruptError(where, `not valid JSON (${(error as Error).message})`, error);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue === undefined || issue.path.length === 0 ? "(root)" : issue.path.join(".");
  throw new StateCorruptError(where, `${path}: ${issue?.message ?? "invalid"}`, result.error);
}
