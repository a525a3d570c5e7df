import type { Alert } from "@airr/core";
import { AlertParseError, zodToAlertParseError } from "@airr/core";
import * as z from "zod";
import {
  AlarmStateValue,
  alarmArnParts,
  alarmLabels,
  alertState,
  sagemakerEndpointArn,
  transitionTimes,
  type WatchedMetric,
} from "./alarmFields.js";

const AlarmStateDetail = z.object({
  value: AlarmStateValue,
  reason: z.string(),
  reasonData: z.string().optional(),
  timestamp: z.string(),
  actionsSuppressedBy: z.string().optional(),
});

const MetricQuery = z.object({
  id: z.string().min(1),
  expression: z.string().optional(),
  label: z.string().optional(),
  returnData: z.boolean().optional(),
  metricStat: z
    .object({
      metric: z.object({
        namespace: z.string(),
        name: z.string(),
        dimensions: z.record(z.string(), z.string()).default({}),
      }),
    })
    .optional(),
});

/**
 * The alarm as EventBridge's `detail` and the Lambda alarm action's `alarmData` both describe it
 * (same lower-case shape): `configuration.metrics` for metric alarms, `configuration.alarmRule`
 * for composite ones.
 */
export const AlarmDetail = z.object({
  alarmName: z.string().min(1),
  state: AlarmStateDetail,
  previousState: AlarmStateDetail.partial().optional(),
  configuration: z.object({
    description: z.string().nullish(),
    metrics: z.array(MetricQuery).optional(),
    alarmRule: z.string().optional(),
  }),
});

type Metrics = z.infer<typeof MetricQuery>[];

function watched(metrics: Metrics): WatchedMetric[] {
  return metrics.flatMap((m) => (m.metricStat ? [m.metricStat.metric] : []));
}

/** One metric: its name; metric math: the returned expression's label, else its id; composite: null. */
function metricNameOf(metrics: Metrics | undefined, source: string, at: string): string | null {
  if (!metrics) return null;
  const returned = metrics.length === 1 ? metrics[0] : metrics.find((m) => m.returnData === true);
  if (!returned) {
    throw new AlertParseError("ValidationError", `${source}: no configuration.metrics entry has returnData: true`, {
      where: `$.${at}.configuration.metrics`,
      hint: "a metric-math alarm returns exactly one expression",
    });
  }
  if (returned.metricStat && !returned.expression) return returned.metricStat.metric.name;
  return returned.label || returned.id;
}

/** Builds the alert from an alarm detail; `alarmArn` comes from the envelope (resources / alarmArn). */
export function alarmDetailToAlert(kind: string, detail: unknown, alarmArn: string, raw: unknown, at: string): Alert {
  const parsed = AlarmDetail.safeParse(detail);
  if (!parsed.success) {
    // Report paths from the event's root ($.detail.state.value), not from the detail object.
    const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [at, ...issue.path] }));
    throw zodToAlertParseError(kind, new z.ZodError(issues));
  }
  const d = parsed.data;
  if (!d.configuration.metrics && !d.configuration.alarmRule) {
    throw new AlertParseError("MissingRequiredField", `${kind}: configuration has neither metrics nor alarmRule`, {
      where: `$.${at}.configuration`,
      hint: "a metric alarm lists configuration.metrics; a composite alarm has configuration.alarmRule",
    });
  }
  const arn = alarmArnParts(alarmArn);
  const metrics = watched(d.configuration.metrics ?? []);
  return {
    cloud: "aws",
    kind,
    alertName: d.alarmName,
    alertId: alarmArn,
    state: alertState(d.state.value),
    severity: null,
    resourceId: sagemakerEndpointArn(metrics, arn),
    metricName: metricNameOf(d.configuration.metrics, kind, at),
    ...transitionTimes(d.state.value, d.state.timestamp),
    labels: alarmLabels(arn, metrics, {
      previousState: d.previousState?.value,
      alarmRule: d.configuration.alarmRule,
      actionsSuppressedBy: d.state.actionsSuppressedBy,
      metricMath: (d.configuration.metrics?.length ?? 0) > 1 ? "true" : undefined,
    }),
    raw,
  };
}
