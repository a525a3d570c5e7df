import { AirrError } from "@airr/core";
import { z } from "zod";

/** A time the files store and compare: any string `Date.parse` reads (the engine sends ISO-8601 UTC). */
export const Time = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), "expected an ISO-8601 time like 2026-01-31T12:00:00.000Z");

/**
 * Validates what a caller hands a port before it is written, so a bad value is refused at the
 * call that made it instead of corrupting the file for every later reader.
 */
export function checkInput<S extends z.ZodType>(what: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue === undefined || issue.path.length === 0 ? what : `${what}.${issue.path.join(".")}`;
  throw new AirrError("InvalidInput", `${path}: ${issue?.message ?? "invalid"}`, {
    where: path,
    hint: "the caller passed a value the local cloud cannot store; see the port's TSDoc for the expected shape",
    cause: result.error,
  });
}
