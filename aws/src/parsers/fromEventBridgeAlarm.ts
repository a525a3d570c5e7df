import { defineAlertParser, zodToAlertParseError } from "@airr/core";
import { EventBridgeSchema } from "@aws-lambda-powertools/parser/schemas/eventbridge";
import * as z from "zod";
import { alarmDetailToAlert } from "./alarmDetail.js";
import { AlarmArn, assertEventSize, isRecord } from "./alarmFields.js";

const SOURCE = "aws.eventbridge.alarm-state-change";
const DETAIL_TYPE = "CloudWatch Alarm State Change";

/** Powertools' EventBridge envelope, narrowed to CloudWatch's alarm state change events. */
const AlarmStateChangeEvent = EventBridgeSchema.extend({
  source: z.literal("aws.cloudwatch"),
  "detail-type": z.literal(DETAIL_TYPE),
  resources: z.array(AlarmArn).min(1),
});

/** EventBridge `CloudWatch Alarm State Change` (metric, metric-math and composite alarms). */
export const fromEventBridgeAlarm = defineAlertParser({
  source: SOURCE,
  cloud: "aws",
  matches: (payload) =>
    isRecord(payload) && payload["detail-type"] === DETAIL_TYPE && payload["source"] === "aws.cloudwatch",
  toAlerts: (payload) => {
    assertEventSize(payload, SOURCE);
    const parsed = AlarmStateChangeEvent.safeParse(payload);
    if (!parsed.success) throw zodToAlertParseError(SOURCE, parsed.error);
    return [alarmDetailToAlert(SOURCE, parsed.data.detail, parsed.data.resources[0] as string, payload, "detail")];
  },
});
