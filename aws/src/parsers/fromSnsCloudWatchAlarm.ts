import { type Alert, AlertParseError, zodToAlertParseError } from "@airr/core";
import * as z from "zod";
import {
  alarmArnParts,
  alarmLabels,
  alertState,
  sagemakerEndpointArn,
  transitionTimes,
  type WatchedMetric,
} from "./alarmFields.js";
import { defineSnsAlarmParser, SnsAlarmMessageBase } from "./snsAlarmMessages.js";

const SOURCE = "aws.sns.cloudwatch-alarm";

/** SNS dimensions are `[{ name, value }]` (lower-case keys, unlike the rest of the message). */
const Dimensions = z.array(z.object({ name: z.string(), value: z.string() })).default([]);

const MathMetric = z.object({
  Id: z.string().min(1),
  Expression: z.string().optional(),
  Label: z.string().optional(),
  ReturnData: z.boolean().optional(),
  MetricStat: z
    .object({
      Metric: z.object({ Dimensions: Dimensions, MetricName: z.string(), Namespace: z.string() }),
    })
    .optional(),
});

/**
 * The alarm JSON CloudWatch puts in `Sns.Message` for a metric alarm: a single metric
 * (`Trigger.MetricName`) or metric math (`Trigger.Metrics`, one entry with `ReturnData: true`).
 */
export const SnsMetricAlarmMessage = SnsAlarmMessageBase.extend({
  Trigger: z.object({
    MetricName: z.string().optional(),
    Namespace: z.string().optional(),
    Dimensions: Dimensions,
    Metrics: z.array(MathMetric).optional(),
  }),
});

function watched(trigger: z.infer<typeof SnsMetricAlarmMessage>["Trigger"]): WatchedMetric[] {
  const dims = (d: { name: string; value: string }[]) => Object.fromEntries(d.map((x) => [x.name, x.value]));
  if (trigger.Metrics) {
    return trigger.Metrics.flatMap((m) =>
      m.MetricStat
        ? [
            {
              namespace: m.MetricStat.Metric.Namespace,
              name: m.MetricStat.Metric.MetricName,
              dimensions: dims(m.MetricStat.Metric.Dimensions),
            },
          ]
        : [],
    );
  }
  if (!trigger.MetricName || !trigger.Namespace) return [];
  return [{ namespace: trigger.Namespace, name: trigger.MetricName, dimensions: dims(trigger.Dimensions) }];
}

/** Metric math: the `ReturnData: true` entry's `Label`, else its `Id`; a single metric: its name. */
function metricNameOf(trigger: z.infer<typeof SnsMetricAlarmMessage>["Trigger"]): string {
  if (!trigger.Metrics) {
    if (!trigger.MetricName) {
      throw new AlertParseError("MissingRequiredField", `${SOURCE}: missing Trigger.MetricName or Trigger.Metrics`, {
        where: "$.Trigger.MetricName",
        hint: "a metric alarm names its metric or lists its metric-math expressions",
      });
    }
    return trigger.MetricName;
  }
  const returned = trigger.Metrics.find((m) => m.ReturnData === true);
  if (!returned) {
    throw new AlertParseError("ValidationError", `${SOURCE}: no Trigger.Metrics entry has ReturnData: true`, {
      where: "$.Trigger.Metrics",
      hint: "a metric-math alarm returns exactly one expression",
    });
  }
  return returned.Label || returned.Id;
}

export function snsMetricAlarmToAlert(message: unknown, raw: unknown, topicArn: string): Alert {
  const parsed = SnsMetricAlarmMessage.safeParse(message);
  if (!parsed.success) throw zodToAlertParseError(SOURCE, parsed.error);
  const m = parsed.data;
  const arn = alarmArnParts(m.AlarmArn);
  const metrics = watched(m.Trigger);
  return {
    cloud: "aws",
    kind: SOURCE,
    alertName: m.AlarmName,
    alertId: m.AlarmArn,
    state: alertState(m.NewStateValue),
    severity: null,
    resourceId: sagemakerEndpointArn(metrics, arn),
    metricName: metricNameOf(m.Trigger),
    ...transitionTimes(m.NewStateValue, m.StateChangeTime),
    labels: alarmLabels(arn, metrics, {
      previousState: m.OldStateValue,
      topicArn,
      metricMath: m.Trigger.Metrics ? "true" : undefined,
    }),
    raw,
  };
}

/** A CloudWatch metric alarm (single metric or metric math) delivered through SNS. */
export const fromSnsCloudWatchAlarm = defineSnsAlarmParser(SOURCE, false, snsMetricAlarmToAlert);
