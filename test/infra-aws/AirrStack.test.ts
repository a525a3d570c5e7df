import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { airrConfigFromContext } from "../../infra/aws/lib/index.js";
import { FULL_CONFIG, synth } from "./stack.js";

describe("AirrRemediation stack", () => {
  const { template } = synth(FULL_CONFIG);

  it("runs the function on Node 22 (ESM bundle), retried twice, then the SQS DLQ", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      Architectures: ["arm64"],
      Timeout: 900,
      Environment: {
        Variables: Match.objectLike({ AIRR_ENDPOINTS: "Fraud-Detector,support-chat", AIRR_MODE: "apply" }),
      },
    });
    template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: { Destination: { "Fn::GetAtt": [Match.stringLikeRegexp("DeadLetterQueue"), "Arn"] } },
      },
    });
    template.hasResourceProperties("AWS::SQS::Queue", { MessageRetentionPeriod: 1209600, SqsManagedSseEnabled: true });
  });

  it("subscribes the function to the KMS-encrypted alarm topic and lets alarms invoke it directly", () => {
    template.hasResourceProperties("AWS::SNS::Subscription", { Protocol: "lambda" });
    template.resourceCountIs("AWS::SNS::Topic", 2);
    template.hasResourceProperties("AWS::SNS::Topic", { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties("AWS::Lambda::Permission", {
      Principal: "lambda.alarms.cloudwatch.amazonaws.com",
      SourceAccount: "123456789012",
    });
  });

  it("creates no EventBridge rule unless alarm-name prefixes are configured", () => {
    template.resourceCountIs("AWS::Events::Rule", 0);
  });

  it("sends ALARM/OK transitions of alarms with the configured prefixes through EventBridge, retried, then the DLQ", () => {
    const { template: withRule } = synth({ ...FULL_CONFIG, alarmRulePrefixes: ["fraud-", "llm-"] });
    withRule.hasResourceProperties("AWS::Events::Rule", {
      EventPattern: {
        source: ["aws.cloudwatch"],
        "detail-type": ["CloudWatch Alarm State Change"],
        detail: { alarmName: [{ prefix: "fraud-" }, { prefix: "llm-" }], state: { value: ["ALARM", "OK"] } },
      },
      Targets: [
        Match.objectLike({
          Arn: { "Fn::GetAtt": [Match.stringLikeRegexp("Function"), "Arn"] },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 7200 },
          DeadLetterConfig: { Arn: { "Fn::GetAtt": [Match.stringLikeRegexp("DeadLetterQueue"), "Arn"] } },
        }),
      ],
    });
    withRule.hasResourceProperties("AWS::Lambda::Permission", { Principal: "events.amazonaws.com" });
    const { template: every } = synth({ ...FULL_CONFIG, alarmRulePrefixes: ["*"] });
    every.hasResourceProperties("AWS::Events::Rule", {
      EventPattern: { detail: { alarmName: Match.absent(), state: { value: ["ALARM", "OK"] } } },
    });
    expect(
      airrConfigFromContext((k) => (k === "alarmRulePrefixes" ? "fraud-,llm-" : undefined)).alarmRulePrefixes,
    ).toEqual(["fraud-", "llm-"]);
  });

  it("keeps state in DynamoDB with TTL, point-in-time recovery and the byKind index", () => {
    template.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Retain" });
    template.hasResourceProperties("AWS::DynamoDB::Table", {
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      TimeToLiveSpecification: { AttributeName: "expiresAtEpoch", Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      GlobalSecondaryIndexes: [Match.objectLike({ IndexName: "byKind" })],
    });
  });

  it("creates the WAF regex pattern sets block-prompt fills", () => {
    template.resourceCountIs("AWS::WAFv2::RegexPatternSet", 2);
    template.hasResourceProperties("AWS::WAFv2::RegexPatternSet", { Name: "AirrTest-prompts-1", Scope: "REGIONAL" });
    expect(synth({ ...FULL_CONFIG, wafPatternSets: 0 }).template.findResources("AWS::WAFv2::RegexPatternSet")).toEqual(
      {},
    );
  });

  it("alarms on each endpoint's 5XX errors and p99 latency (ms), and on airr's own metrics, wired to the topic", () => {
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      AlarmName: "Fraud-Detector-5xx",
      MetricName: "Invocation5XXErrors",
      Namespace: "AWS/SageMaker",
      Dimensions: Match.arrayWith([{ Name: "EndpointName", Value: "Fraud-Detector" }]),
      Threshold: 5,
      AlarmActions: [{ Ref: Match.stringLikeRegexp("AlarmTopic") }],
      OKActions: [{ Ref: Match.stringLikeRegexp("AlarmTopic") }],
    });
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      AlarmName: "support-chat-latency-p99",
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: "latency / 1000", Label: "ModelLatencyMs", ReturnData: true }),
      ]),
      Threshold: 1000,
    });
    for (const [name, metric] of [
      ["airr-drift", "DriftScore"],
      ["airr-prompt-injection-rate", "BlockedPromptRate"],
    ]) {
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        AlarmName: name,
        MetricName: metric,
        Namespace: "airr",
      });
    }
    template.resourceCountIs("AWS::CloudWatch::Alarm", 2 * 2 + 2);
    template.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
  });

  it("takes thresholds and endpoints from context, with single-key overrides", () => {
    const context: Record<string, unknown> = {
      airr: {
        endpoints: ["a"],
        thresholds: { errors5xx: 9, latencyP99Ms: 200, driftScore: 0.3, blockedPromptRate: 0.1 },
      },
      endpoints: "b, c",
      wafPatternSets: "3",
    };
    const config = airrConfigFromContext((k) => context[k]);
    expect(config).toMatchObject({ endpoints: ["b", "c"], wafPatternSets: 3, thresholds: { errors5xx: 9 } });
    expect(() => airrConfigFromContext((k) => (k === "wafPatternSets" ? "eleven" : undefined))).toThrowError(
      /invalid airr context at wafPatternSets/,
    );
  });
});
