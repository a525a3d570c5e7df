import { defineAlertParser, zodToAlertParseError } from "@airr/core";
import * as z from "zod";
import { alarmDetailToAlert } from "./alarmDetail.js";
import { AlarmArn, assertEventSize, isRecord } from "./alarmFields.js";

const SOURCE = "aws.lambda.alarm-action";

/** The event a CloudWatch alarm sends when it invokes a Lambda function as its action. */
const AlarmActionEvent = z.object({
  source: z.literal("aws.cloudwatch"),
  alarmArn: AlarmArn,
  accountId: z.string(),
  time: z.string(),
  region: z.string(),
  alarmData: z.record(z.string(), z.unknown()),
});

/** A CloudWatch alarm invoking the function directly (`source: aws.cloudwatch`, `alarmData`). */
export const fromLambdaAlarmAction = defineAlertParser({
  source: SOURCE,
  cloud: "aws",
  matches: (payload) => isRecord(payload) && payload["source"] === "aws.cloudwatch" && "alarmData" in payload,
  toAlerts: (payload) => {
    assertEventSize(payload, SOURCE);
    const parsed = AlarmActionEvent.safeParse(payload);
    if (!parsed.success) throw zodToAlertParseError(SOURCE, parsed.error);
    return [alarmDetailToAlert(SOURCE, parsed.data.alarmData, parsed.data.alarmArn, payload, "alarmData")];
  },
});
