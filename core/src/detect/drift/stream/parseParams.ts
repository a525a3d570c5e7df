import type { z } from "zod";
import { StreamDriftError } from "./errors.js";

/**
 * Validates a detector's options once, at construction, and turns the first zod issue into a
 * `StreamDriftError` that names the parameter (in River's snake_case, as users know it).
 */
export function parseParams<S extends z.ZodType>(schema: S, input: unknown, detector: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join(".") ?? "";
  const key = issue?.code === "unrecognized_keys" ? issue.keys.join(", ") : path;
  const param = toSnakeCase(key);
  throw new StreamDriftError(
    "InvalidParameter",
    `${detector}: invalid parameter ${param || "(options)"}: ${issue?.message ?? "invalid"}`,
    {
      where: param || detector,
      hint: `see \`airr stream --help\` or docs/stream.md for ${detector}'s parameters and their ranges`,
    },
  );
}

/**
 * River's parameter names are snake_case; airr's options are their camelCase.
 *
 * @example
 * toSnakeCase("warmStart"); // "warm_start"
 */
export function toSnakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * The inverse of `toSnakeCase`, for `--param warm_start=30`.
 *
 * @example
 * toCamelCase("two_sided_test"); // "twoSidedTest"
 */
export function toCamelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
