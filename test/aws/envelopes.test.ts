import {
  EventBridgeSchema as PowertoolsEventBridge,
  SnsRecordSchema as PowertoolsSnsRecord,
  SnsSqsNotificationSchema as PowertoolsSnsSqs,
} from "@aws-lambda-powertools/parser/schemas";
import { describe, expect, it } from "vitest";
import { EventBridgeSchema, SnsRecordSchema, SnsSqsNotificationSchema } from "../../aws/src/parsers/envelopes.js";
import { allAwsFixtures, awsFixture } from "./fixtures.js";

// Our envelopes replace Powertools' (which keep all of zod in the Lambda bundle): same verdicts, same output.
const records = (payload: unknown): unknown[] => (payload as { Records?: unknown[] }).Records ?? [];

const sns = awsFixture("sns-cloudwatch-alarm", "sagemaker-5xx-alarm");
const record = records(sns)[0] as { Sns: Record<string, unknown> } & Record<string, unknown>;
const bareNotification = { ...record.Sns, UnsubscribeURL: record.Sns["UnsubscribeUrl"], UnsubscribeUrl: undefined };
const mutations: [string, (v: Record<string, unknown>) => Record<string, unknown>][] = [
  ["as is", (v) => v],
  ["no Message", ({ Message: _m, ...rest }) => rest],
  ["Type is not Notification", (v) => ({ ...v, Type: "SubscriptionConfirmation" })],
  ["Timestamp is not ISO", (v) => ({ ...v, Timestamp: "yesterday" })],
  ["UnsubscribeUrl is not a URL", (v) => ({ ...v, UnsubscribeUrl: "nope" })],
  ["MessageAttributes malformed", (v) => ({ ...v, MessageAttributes: { a: { Type: 1 } } })],
];

describe("envelope schemas vs Powertools' schemas", () => {
  it.each(mutations)("SNS record, %s: same verdict and output", (_name, mutate) => {
    // Prepare
    const value = { ...record, Sns: mutate({ ...record.Sns }) };
    // Act
    const [ours, theirs] = [SnsRecordSchema.safeParse(value), PowertoolsSnsRecord.safeParse(value)];
    // Assess
    expect(ours.success).toBe(theirs.success);
    expect(ours.data).toEqual(theirs.data);
  });

  it.each(mutations)("bare SNS notification, %s: same verdict and output", (_name, mutate) => {
    const value = mutate({ ...bareNotification });
    const [ours, theirs] = [SnsSqsNotificationSchema.safeParse(value), PowertoolsSnsSqs.safeParse(value)];
    expect(ours.success).toBe(theirs.success);
    expect(ours.data).toEqual(theirs.data);
  });

  it("every AWS fixture: same verdict and output for each envelope", () => {
    const fixtures = allAwsFixtures();
    expect(fixtures.length).toBeGreaterThan(10);
    for (const { source, variant } of fixtures) {
      const payload = awsFixture(source, variant);
      const pairs = [
        [EventBridgeSchema, PowertoolsEventBridge, payload],
        [SnsSqsNotificationSchema, PowertoolsSnsSqs, payload],
        ...records(payload).map((r) => [SnsRecordSchema, PowertoolsSnsRecord, r] as const),
      ] as const;
      for (const [ours, theirs, value] of pairs) {
        const [a, b] = [ours.safeParse(value), theirs.safeParse(value)];
        expect(a.success, `${source}/${variant}`).toBe(b.success);
        expect(a.data, `${source}/${variant}`).toEqual(b.data);
      }
    }
  });

  it("EventBridge: a non-ISO time or a missing detail-type is refused by both", () => {
    const event = awsFixture("eventbridge-alarm-state-change", "sagemaker-5xx-alarm") as Record<string, unknown>;
    for (const value of [{ ...event, time: "now" }, { ...event, "detail-type": undefined }, event]) {
      expect(EventBridgeSchema.safeParse(value).success).toBe(PowertoolsEventBridge.safeParse(value).success);
    }
    expect(EventBridgeSchema.safeParse({ ...event, time: "now" }).success).toBe(false);
  });
});
