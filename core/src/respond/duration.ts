import { z } from "zod";

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const DURATION = /^(\d+)(ms|s|m|h|d)$/;

/**
 * Parses a duration such as `30m`, `90s`, `1h`, `7d` into milliseconds; null when malformed.
 * Hand-written: the policy format accepts exactly `<integer><unit>`, and a library such as `ms`
 * would also accept `1.5 hours` or a bare number, which a policy author would then rely on.
 *
 * @example
 * parseDuration("30m"); // 1_800_000
 */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** A zod string that must be a duration like `30m`; keeps the text (policies print as written). */
export const DurationSchema = z
  .string()
  .refine((text) => parseDuration(text) !== null, { message: "expected a duration like 30s, 15m, 1h or 7d" });

/**
 * Adds a duration (text or milliseconds) to an ISO-8601 time; returns ISO-8601 with milliseconds.
 *
 * @example
 * addDuration("2026-01-31T12:00:00.000Z", "30m"); // "2026-01-31T12:30:00.000Z"
 */
export function addDuration(iso: string, duration: string | number): string {
  const ms = typeof duration === "number" ? duration : (parseDuration(duration) ?? 0);
  return new Date(Date.parse(iso) + ms).toISOString();
}
