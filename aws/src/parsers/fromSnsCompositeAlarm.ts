import { type Alert, zodToAlertParseError } from "@airr/core";
import * as z from "zod";
import { AlarmStateValue, alarmArnParts, alarmLabels, alertState, transitionTimes } from "./alarmFields.js";
import { defineSnsAlarmParser, SnsAlarmMessageBase } from "./snsAlarmMessages.js";

const SOURCE = "aws.sns.cloudwatch-composite-alarm";

/** The alarm JSON in `Sns.Message` for a composite alarm: a rule over other alarms, no metric. */
export const SnsCompositeAlarmMessage = SnsAlarmMessageBase.extend({
  AlarmRule: z.string().min(1),
  TriggeringChildren: z
    .array(z.object({ Arn: z.string(), State: z.object({ Value: AlarmStateValue, Timestamp: z.string() }) }))
    .default([]),
});

function toAlert(message: unknown, raw: unknown, topicArn: string): Alert {
  const parsed = SnsCompositeAlarmMessage.safeParse(message);
  if (!parsed.success) throw zodToAlertParseError(SOURCE, parsed.error);
  const m = parsed.data;
  const arn = alarmArnParts(m.AlarmArn);
  return {
    cloud: "aws",
    kind: SOURCE,
    alertName: m.AlarmName,
    alertId: m.AlarmArn,
    state: alertState(m.NewStateValue),
    severity: null,
    // A composite alarm watches alarms, not a resource: policies target its children by label.
    resourceId: null,
    metricName: null,
    ...transitionTimes(m.NewStateValue, m.StateChangeTime),
    labels: alarmLabels(arn, [], {
      previousState: m.OldStateValue,
      topicArn,
      alarmRule: m.AlarmRule,
      triggeringChildren: m.TriggeringChildren.map((c) => c.Arn).join(","),
    }),
    raw,
  };
}

/** A CloudWatch composite alarm (`AlarmRule`, `TriggeringChildren`) delivered through SNS. */
export const fromSnsCompositeAlarm = defineSnsAlarmParser(SOURCE, true, toAlert);
