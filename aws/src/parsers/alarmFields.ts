import { AlertParseError, type AlertState, DEFAULT_JSON_LIMITS, toIsoMillis } from "@airr/core";
import * as z from "zod";

/** `arn:{partition}:cloudwatch:{region}:{account}:alarm:{name}`; the name may itself hold colons. */
const ALARM_ARN = /^arn:(aws[a-z-]*):cloudwatch:([a-z0-9-]+):(\d{12}):alarm:(.+)$/;

export const AlarmArn = z.string().regex(ALARM_ARN, "expected a CloudWatch alarm ARN");
/** `z.string()` first so an absent state reads as a missing field, not as an invalid option. */
export const AlarmStateValue = z.string().pipe(z.enum(["OK", "ALARM", "INSUFFICIENT_DATA"]));

export interface AlarmArnParts {
  partition: string;
  region: string;
  account: string;
}

export function alarmArnParts(arn: string): AlarmArnParts {
  const m = ALARM_ARN.exec(arn);
  if (!m) throw new AlertParseError("ValidationError", `not a CloudWatch alarm ARN: ${arn.slice(0, 200)}`);
  return { partition: m[1] as string, region: m[2] as string, account: m[3] as string };
}

/** ALARM = firing, OK = resolved, INSUFFICIENT_DATA = other (the normalization rule). */
export function alertState(value: z.output<typeof AlarmStateValue>): AlertState {
  return value === "ALARM" ? "firing" : value === "OK" ? "resolved" : "other";
}

/** `firedAt` is the time of an ALARM transition, `resolvedAt` that of an OK one; else both null. */
export function transitionTimes(
  value: z.output<typeof AlarmStateValue>,
  changedAt: string,
): { firedAt: string | null; resolvedAt: string | null } {
  const at = toIsoMillis(changedAt);
  if (at === null) {
    throw new AlertParseError("ValidationError", `state change time "${changedAt.slice(0, 64)}" is not a timestamp`, {
      hint: "CloudWatch sends times like 2026-01-31T12:00:00.000+0000",
    });
  }
  return { firedAt: value === "ALARM" ? at : null, resolvedAt: value === "OK" ? at : null };
}

/** One metric an alarm watches, in a shape common to the SNS and the EventBridge/Lambda payloads. */
export interface WatchedMetric {
  namespace: string;
  name: string;
  dimensions: Record<string, string>;
}

/**
 * The SageMaker endpoint an alarm is about: a metric in `AWS/SageMaker` with an `EndpointName`
 * dimension, as `arn:{partition}:sagemaker:{region}:{account}:endpoint/{lower-case name}`
 * (SageMaker ARNs are lower-case; names are not). Null when no metric names one, or when
 * several metrics name different endpoints (an alarm over many endpoints targets none of them).
 */
export function sagemakerEndpointArn(metrics: WatchedMetric[], arn: AlarmArnParts): string | null {
  const names = new Set(
    metrics
      .filter((m) => m.namespace === "AWS/SageMaker" && m.dimensions["EndpointName"])
      .map((m) => (m.dimensions["EndpointName"] as string).toLowerCase()),
  );
  if (names.size !== 1) return null;
  const [name] = names;
  return `arn:${arn.partition}:sagemaker:${arn.region}:${arn.account}:endpoint/${name}`;
}

/** Labels every AWS alarm alert carries; policies match on them. Values are strings only. */
export function alarmLabels(
  arn: AlarmArnParts,
  metrics: WatchedMetric[],
  extra: Record<string, string | undefined>,
): Record<string, string> {
  const labels: Record<string, string> = { account: arn.account, region: arn.region };
  const first = metrics[0];
  if (metrics.length === 1 && first) {
    labels["namespace"] = first.namespace;
    for (const [k, v] of Object.entries(first.dimensions)) labels[`dimension.${k}`] = v;
  } else if (metrics.length > 1) {
    labels["namespace"] = [...new Set(metrics.map((m) => m.namespace))].join(",");
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "") labels[k] = v;
  return labels;
}

/** Rejects an already-parsed event larger than the SNS/EventBridge 256 KiB maximum. */
export function assertEventSize(payload: unknown, source: string): void {
  const bytes = Buffer.byteLength(JSON.stringify(payload) ?? "", "utf8");
  if (bytes > DEFAULT_JSON_LIMITS.maxBytes) {
    throw new AlertParseError("PayloadTooLarge", `${source}: event is ${bytes} bytes, over the 256 KiB limit`, {
      hint: "CloudWatch never sends events this large; the payload is not an alarm",
    });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
