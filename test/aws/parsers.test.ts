import {
  fromEventBridgeAlarm,
  fromLambdaAlarmAction,
  fromSnsCloudWatchAlarm,
  fromSnsCompositeAlarm,
  registerAwsParsers,
} from "@airr/aws";
import { AlertParseError, type AlertParser, AlertSchema, alertParsers, parseAlerts, Registry } from "@airr/core";
import { beforeAll, describe, expect, it } from "vitest";
import { allAwsFixtures, awsFixture } from "./fixtures.js";

const ENDPOINT = "arn:aws:sagemaker:eu-west-1:123456789012:endpoint/fraud-detector";
const arn = (name: string) => `arn:aws:cloudwatch:eu-west-1:123456789012:alarm:${name}`;

beforeAll(() => {
  registerAwsParsers(alertParsers);
});

describe("SNS CloudWatch metric alarm", () => {
  it("normalizes a single-metric ALARM on a SageMaker endpoint", () => {
    const [alert] = fromSnsCloudWatchAlarm.parse(awsFixture("sns-cloudwatch-alarm", "sagemaker-5xx-alarm"));
    expect(alert).toMatchObject({
      cloud: "aws",
      kind: "aws.sns.cloudwatch-alarm",
      alertName: "fraud-detector-5xx",
      alertId: arn("fraud-detector-5xx"),
      state: "firing",
      severity: null,
      resourceId: ENDPOINT,
      metricName: "Invocation5XXErrors",
      firedAt: "2026-01-31T12:00:00.512Z",
      resolvedAt: null,
    });
    expect(alert?.labels).toEqual({
      account: "123456789012",
      region: "eu-west-1",
      namespace: "AWS/SageMaker",
      "dimension.EndpointName": "Fraud-Detector",
      "dimension.VariantName": "AllTraffic",
      previousState: "OK",
      topicArn: "arn:aws:sns:eu-west-1:123456789012:airr-alarms",
    });
    expect(AlertSchema.safeParse(alert).success).toBe(true);
  });

  it("maps OK to resolved with resolvedAt, INSUFFICIENT_DATA to other with no times", () => {
    const [ok] = fromSnsCloudWatchAlarm.parse(awsFixture("sns-cloudwatch-alarm", "ok"));
    expect(ok).toMatchObject({ state: "resolved", firedAt: null, resolvedAt: "2026-01-31T12:10:00.007Z" });
    const [unknown] = fromSnsCloudWatchAlarm.parse(awsFixture("sns-cloudwatch-alarm", "insufficient-data"));
    expect(unknown).toMatchObject({ state: "other", firedAt: null, resolvedAt: null });
  });

  it("takes the metric-math expression's Label, or its Id without one", () => {
    const [math] = fromSnsCloudWatchAlarm.parse(awsFixture("sns-cloudwatch-alarm", "metric-math"));
    expect(math).toMatchObject({ metricName: "ModelLatencyMs", resourceId: ENDPOINT });
    expect(math?.labels["metricMath"]).toBe("true");
    const [noLabel] = fromSnsCloudWatchAlarm.parse(awsFixture("sns-cloudwatch-alarm", "metric-math-no-label"));
    expect(noLabel?.metricName).toBe("e1");
  });

  it("leaves resourceId null outside AWS/SageMaker", () => {
    const [alert] = fromSnsCloudWatchAlarm.parse(awsFixture("sns-cloudwatch-alarm", "ec2-alarm"));
    expect(alert).toMatchObject({ resourceId: null, metricName: "CPUUtilization" });
    expect(alert?.labels["dimension.InstanceId"]).toBe("i-0123456789abcdef0");
  });

  it("accepts a bare SNS notification (HTTP or SQS delivery)", () => {
    const event = awsFixture("sns-cloudwatch-alarm", "sagemaker-5xx-alarm") as { Records: { Sns: unknown }[] };
    const [alert] = fromSnsCloudWatchAlarm.parse(event.Records[0]?.Sns);
    expect(alert?.alertId).toBe(arn("fraud-detector-5xx"));
  });
});

describe("SNS composite alarm", () => {
  it("normalizes rule and children, with no resource and no metric", () => {
    const [alert] = fromSnsCompositeAlarm.parse(awsFixture("sns-composite-alarm", "alarm"));
    expect(alert).toMatchObject({
      kind: "aws.sns.cloudwatch-composite-alarm",
      alertId: arn("fraud-detector-degraded"),
      state: "firing",
      resourceId: null,
      metricName: null,
      firedAt: "2026-01-31T12:00:01.900Z",
    });
    expect(alert?.labels["alarmRule"]).toBe("ALARM(fraud-detector-5xx) OR ALARM(fraud-detector-latency-ms)");
    expect(alert?.labels["triggeringChildren"]).toBe(arn("fraud-detector-5xx"));
    const [ok] = fromSnsCompositeAlarm.parse(awsFixture("sns-composite-alarm", "ok"));
    expect(ok).toMatchObject({ state: "resolved", resolvedAt: "2026-01-31T12:10:01.250Z" });
  });
});

describe("EventBridge CloudWatch Alarm State Change", () => {
  it("normalizes a SageMaker metric alarm from the event's resources ARN", () => {
    const [alert] = fromEventBridgeAlarm.parse(awsFixture("eventbridge-alarm-state-change", "sagemaker-5xx-alarm"));
    expect(alert).toMatchObject({
      kind: "aws.eventbridge.alarm-state-change",
      alertId: arn("fraud-detector-5xx"),
      state: "firing",
      resourceId: ENDPOINT,
      metricName: "Invocation5XXErrors",
      firedAt: "2026-01-31T12:00:00.512Z",
    });
  });

  it("handles OK, INSUFFICIENT_DATA, metric math and composite", () => {
    const parse = (v: string) => fromEventBridgeAlarm.parse(awsFixture("eventbridge-alarm-state-change", v))[0];
    expect(parse("ok")).toMatchObject({ state: "resolved", resolvedAt: "2026-01-31T12:10:00.007Z", firedAt: null });
    expect(parse("insufficient-data")).toMatchObject({ state: "other", firedAt: null, resolvedAt: null });
    expect(parse("metric-math")).toMatchObject({ metricName: "ModelLatencyMs", resourceId: ENDPOINT });
    expect(parse("composite")).toMatchObject({ metricName: null, resourceId: null, state: "firing" });
  });

  it("names the missing field under detail", () => {
    expect(() => fromEventBridgeAlarm.parse(awsFixture("eventbridge-alarm-state-change", "malformed"))).toThrowError(
      expect.objectContaining({ code: "MissingRequiredField", where: "$.detail.state.value" }),
    );
  });
});

describe("Lambda alarm action", () => {
  it("normalizes metric, metric-math, OK and composite alarmData", () => {
    const parse = (v: string) => fromLambdaAlarmAction.parse(awsFixture("lambda-alarm-action", v))[0];
    expect(parse("sagemaker-5xx-alarm")).toMatchObject({
      kind: "aws.lambda.alarm-action",
      alertId: arn("fraud-detector-5xx"),
      resourceId: ENDPOINT,
      metricName: "Invocation5XXErrors",
      state: "firing",
    });
    expect(parse("ok")).toMatchObject({ state: "resolved", resolvedAt: "2026-01-31T12:10:00.007Z" });
    expect(parse("metric-math")?.metricName).toBe("ModelLatencyMs");
    expect(parse("composite")).toMatchObject({ metricName: null, resourceId: null });
  });

  it("rejects an alarmArn that is not a CloudWatch alarm", () => {
    expect(() => fromLambdaAlarmAction.parse(awsFixture("lambda-alarm-action", "malformed"))).toThrowError(
      expect.objectContaining({ code: "ValidationError", where: "$.alarmArn" }),
    );
  });
});

describe("hostile and broken payloads", () => {
  it.each([
    ["sns-cloudwatch-alarm", "malformed-message", "InvalidJson"],
    ["sns-cloudwatch-alarm", "missing-alarm-arn", "MissingRequiredField"],
    ["sns-cloudwatch-alarm", "prototype-pollution", "ValidationError"],
    ["sns-cloudwatch-alarm", "oversized", "PayloadTooLarge"],
    ["eventbridge-alarm-state-change", "prototype-pollution", "ValidationError"],
    ["lambda-alarm-action", "prototype-pollution", "ValidationError"],
    ["lambda-alarm-action", "oversized", "PayloadTooLarge"],
  ])("%s/%s fails with %s through auto-detection", (source, variant, code) => {
    // Prepare
    const payload = awsFixture(source, variant);
    // Act
    const run = () => parseAlerts(payload, { cloud: "aws" });
    // Assess
    expect(run).toThrowError(AlertParseError);
    expect(run).toThrowError(expect.objectContaining({ code }));
  });

  it("never pollutes Object.prototype", () => {
    for (const variant of ["prototype-pollution"]) {
      for (const source of ["sns-cloudwatch-alarm", "eventbridge-alarm-state-change", "lambda-alarm-action"]) {
        try {
          parseAlerts(awsFixture(source, variant));
        } catch {
          // expected: asserted above
        }
      }
    }
    expect(({} as Record<string, unknown>)["isAdmin"]).toBeUndefined();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("safeParse returns the error instead of throwing", () => {
    const result = fromSnsCloudWatchAlarm.safeParse(awsFixture("sns-cloudwatch-alarm", "malformed-message"));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.where).toBe("$.Records[0].Sns.Message");
  });
});

describe("registry and auto-detection", () => {
  it("registers the four sources once, idempotently", () => {
    const registry = new Registry<AlertParser>("alert source");
    registerAwsParsers(registry);
    registerAwsParsers(registry);
    expect(registry.keys().sort()).toEqual([
      "aws.eventbridge.alarm-state-change",
      "aws.lambda.alarm-action",
      "aws.sns.cloudwatch-alarm",
      "aws.sns.cloudwatch-composite-alarm",
    ]);
  });

  const wellFormed = allAwsFixtures().filter((f) => !/malformed|missing|pollution|oversized/.test(f.variant));
  it.each(wellFormed.map((f) => [f.source, f.variant]))("auto-detects %s/%s", (source, variant) => {
    const expectedKind: Record<string, string> = {
      "sns-cloudwatch-alarm": "aws.sns.cloudwatch-alarm",
      "sns-composite-alarm": "aws.sns.cloudwatch-composite-alarm",
      "eventbridge-alarm-state-change": "aws.eventbridge.alarm-state-change",
      "lambda-alarm-action": "aws.lambda.alarm-action",
    };
    const alerts = parseAlerts(awsFixture(source as string, variant as string), { cloud: "auto" });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.kind).toBe(expectedKind[source as string]);
    expect(AlertSchema.safeParse(alerts[0]).success).toBe(true);
  });
});
