import * as z from "zod";

export const CLOUDS = ["local", "aws", "azure", "gcp"] as const;
export type Cloud = (typeof CLOUDS)[number];

export const ALERT_STATES = ["firing", "resolved", "other"] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export const SEVERITIES = ["critical", "error", "warning", "informational", "verbose"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** ISO-8601 UTC with exactly three fractional digits, e.g. `2026-01-31T12:00:00.000Z`. */
export const IsoMillis = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, "expected ISO-8601 UTC like 2026-01-31T12:00:00.000Z");

/**
 * The normalized alert every cloud parser produces and every policy matches on.
 *
 * @example
 * const alert = AlertSchema.parse({ cloud: "local", kind: "local.alert", alertName: "drift-high",
 *   alertId: "a-1", state: "firing", severity: "error", resourceId: "endpoint/fraud",
 *   metricName: "drift_score", firedAt: "2026-01-31T12:00:00.000Z", resolvedAt: null,
 *   labels: {}, raw: {} });
 */
export const AlertSchema = z
  .object({
    cloud: z.enum(CLOUDS),
    /** Which payload shape it came from, e.g. `aws.sns.cloudwatch-alarm`, `local.alert`. */
    kind: z.string().min(1),
    alertName: z.string().min(1),
    /** Stable id of the alert rule/instance; idempotency keys are built from it. */
    alertId: z.string().min(1),
    state: z.enum(ALERT_STATES),
    severity: z.enum(SEVERITIES).nullable(),
    resourceId: z.string().min(1).nullable(),
    metricName: z.string().min(1).nullable(),
    firedAt: IsoMillis.nullable(),
    resolvedAt: IsoMillis.nullable(),
    labels: z.record(z.string(), z.string()),
    /** The payload as received (already checked for size, depth and prototype keys). */
    raw: z.unknown(),
  })
  .strict();

export type Alert = z.infer<typeof AlertSchema>;

/**
 * Normalizes a timestamp a cloud sent (`2026-01-31T12:00:00.000+0000`, epoch millis, ...) to
 * ISO-8601 UTC with exactly three fractional digits. Returns null for anything unparseable.
 */
export function toIsoMillis(value: string | number | Date | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  let input = value;
  // AWS sends "+0000" offsets, which Date.parse rejects in some engines; make them "+00:00".
  if (typeof input === "string") input = input.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const date = input instanceof Date ? input : new Date(input);
  const ms = date.getTime();
  return Number.isFinite(ms) ? date.toISOString() : null;
}
