import type { z } from "zod";
import type { Alert, Cloud } from "./alert.js";
import { AlertParseError } from "./alertErrors.js";
import { assertSafeValue } from "./safeJson.js";

export type SafeParseResult = { success: true; data: Alert[] } | { success: false; error: AlertParseError };

/**
 * One parser per alert source (one file each): a cheap `matches` for `--cloud auto`, `parse`
 * that throws `AlertParseError`, and `safeParse` that returns it.
 */
export interface AlertParser {
  /** Registry key and `Alert.kind` it produces, e.g. `aws.sns.cloudwatch-alarm`. */
  readonly source: string;
  readonly cloud: Cloud;
  /** True when the payload looks like this source (used by auto-detection; no validation). */
  matches(payload: unknown): boolean;
  parse(payload: unknown): Alert[];
  safeParse(payload: unknown): SafeParseResult;
}

/** Builds an `AlertParser` from a `matches` test and a `toAlerts` function; adds safety and safeParse. */
export function defineAlertParser(spec: {
  source: string;
  cloud: Cloud;
  matches(payload: unknown): boolean;
  toAlerts(payload: unknown): Alert[];
}): AlertParser {
  const parse = (payload: unknown): Alert[] => {
    assertSafeValue(payload);
    try {
      return spec.toAlerts(payload);
    } catch (error) {
      if (error instanceof AlertParseError) throw error;
      throw new AlertParseError("ValidationError", `${spec.source}: ${(error as Error).message}`, { cause: error });
    }
  };
  return {
    source: spec.source,
    cloud: spec.cloud,
    matches: spec.matches,
    parse,
    safeParse(payload) {
      try {
        return { success: true, data: parse(payload) };
      } catch (error) {
        if (error instanceof AlertParseError) return { success: false, error };
        throw error;
      }
    },
  };
}

/**
 * Turns a failed zod parse into an `AlertParseError`: a missing field becomes
 * `MissingRequiredField`, anything else `ValidationError`; both name the JSON path. Pass the
 * payload so that an absent field is recognized whatever its type.
 */
export function zodToAlertParseError(source: string, error: z.ZodError, payload?: unknown): AlertParseError {
  const issue = error.issues[0];
  const path = issue ? `$${issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")}` : "$";
  // An absent enum field fails as "invalid option", not "invalid type": look at the payload too.
  const absent =
    payload !== undefined &&
    issue !== undefined &&
    issue.path.reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined,
      payload,
    ) === undefined;
  const missing = (issue?.code === "invalid_type" && issue.message.includes("undefined")) || absent;
  return new AlertParseError(
    missing ? "MissingRequiredField" : "ValidationError",
    `${source}: ${missing ? "missing required field" : "invalid value"} at ${path}${missing ? "" : `: ${issue?.message ?? "invalid"}`}`,
    { where: path, hint: `compare the payload with a ${source} example under test/fixtures/events`, cause: error },
  );
}
