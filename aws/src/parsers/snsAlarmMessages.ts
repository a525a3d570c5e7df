import {
  type Alert,
  AlertParseError,
  type AlertParser,
  defineAlertParser,
  parseUntrustedJson,
  zodToAlertParseError,
} from "@airr/core";
import { SnsRecordSchema, SnsSqsNotificationSchema } from "@aws-lambda-powertools/parser/schemas/sns";
import * as z from "zod";
import { AlarmArn, AlarmStateValue, assertEventSize, isRecord } from "./alarmFields.js";

/** The fields every CloudWatch alarm message in `Sns.Message` carries (metric and composite alike). */
export const SnsAlarmMessageBase = z.object({
  AlarmName: z.string().min(1),
  AlarmDescription: z.string().nullish(),
  AWSAccountId: z.string(),
  NewStateValue: AlarmStateValue,
  NewStateReason: z.string(),
  StateChangeTime: z.string(),
  /** A display name such as "EU (Ireland)", not a region code: the region comes from the ARN. */
  Region: z.string(),
  AlarmArn: AlarmArn,
  OldStateValue: AlarmStateValue,
});

/** Lambda's SNS event (Powertools' record schema) — one record per delivery in practice. */
const SnsLambdaEvent = z.object({ Records: z.array(SnsRecordSchema).min(1) });

export interface SnsAlarmMessage {
  /** The alarm JSON that was the `Sns.Message` string. */
  message: unknown;
  topicArn: string;
  messageId: string;
}

function notificationOf(payload: unknown): { Message: string; TopicArn: string; MessageId: string }[] {
  if (isRecord(payload) && "Records" in payload) {
    const parsed = SnsLambdaEvent.safeParse(payload);
    if (!parsed.success) throw zodToAlertParseError("aws.sns", parsed.error);
    return parsed.data.Records.map((r) => r.Sns);
  }
  // A bare notification, as an HTTP subscription or an SQS queue receives it.
  const parsed = SnsSqsNotificationSchema.safeParse(payload);
  if (!parsed.success) throw zodToAlertParseError("aws.sns", parsed.error);
  return [parsed.data];
}

/** Pulls every alarm message out of an SNS delivery, each checked for size, depth and prototype keys. */
export function snsAlarmMessages(payload: unknown): SnsAlarmMessage[] {
  return notificationOf(payload).map((n, i) => {
    let message: unknown;
    try {
      message = parseUntrustedJson(n.Message);
    } catch (error) {
      if (error instanceof AlertParseError) {
        throw new AlertParseError(error.code, `aws.sns: Records[${i}].Sns.Message: ${error.message}`, {
          where: `$.Records[${i}].Sns.Message`,
          ...(error.hint === undefined ? {} : { hint: error.hint }),
          cause: error,
        });
      }
      throw error;
    }
    return { message, topicArn: n.TopicArn, messageId: n.MessageId };
  });
}

/** First SNS message string of a payload, for cheap `matches` tests (no JSON parsing). */
export function firstSnsMessageText(payload: unknown): string | null {
  if (!isRecord(payload)) return null;
  const records = payload["Records"];
  const first = Array.isArray(records) ? (records[0] as unknown) : payload;
  const sns = isRecord(first) && isRecord(first["Sns"]) ? first["Sns"] : first;
  if (!isRecord(sns) || sns["Type"] !== "Notification") return null;
  return typeof sns["Message"] === "string" ? sns["Message"] : null;
}

/**
 * An SNS-delivered alarm parser: metric alarms and composite alarms share the envelope and differ
 * only in the message (`AlarmRule` marks a composite), so `matches` tells them apart by that key.
 */
export function defineSnsAlarmParser(
  source: string,
  composite: boolean,
  toAlert: (message: unknown, raw: unknown, topicArn: string) => Alert,
): AlertParser {
  return defineAlertParser({
    source,
    cloud: "aws",
    matches: (payload) => {
      const text = firstSnsMessageText(payload);
      return text?.includes('"AlarmName"') === true && text.includes('"AlarmRule"') === composite;
    },
    toAlerts: (payload) => {
      assertEventSize(payload, source);
      return snsAlarmMessages(payload).map((m) => toAlert(m.message, payload, m.topicArn));
    },
  });
}
