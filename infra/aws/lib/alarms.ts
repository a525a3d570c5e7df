import { Duration } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import type { Construct } from "constructs";
import type { AirrConfig } from "./airrConfig.js";

/** 5XX errors and p99 model latency for each endpoint (metric math turns microseconds into ms). */
export function endpointAlarms(scope: Construct, config: AirrConfig): cloudwatch.Alarm[] {
  return config.endpoints.flatMap((endpoint) => {
    const dimensionsMap = { EndpointName: endpoint, VariantName: "AllTraffic" };
    const errors = new cloudwatch.Metric({
      namespace: "AWS/SageMaker",
      metricName: "Invocation5XXErrors",
      dimensionsMap,
      statistic: "Sum",
      period: Duration.minutes(1),
    });
    const latency = new cloudwatch.MathExpression({
      expression: "latency / 1000",
      label: "ModelLatencyMs",
      usingMetrics: {
        latency: new cloudwatch.Metric({
          namespace: "AWS/SageMaker",
          metricName: "ModelLatency",
          dimensionsMap,
          statistic: "p99",
          period: Duration.minutes(1),
        }),
      },
      period: Duration.minutes(1),
    });
    return [
      errors.createAlarm(scope, `${endpoint}-5xx`, {
        alarmName: `${endpoint}-5xx`,
        alarmDescription: `airr: Invocation5XXErrors on ${endpoint}`,
        threshold: config.thresholds.errors5xx,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      latency.createAlarm(scope, `${endpoint}-latency`, {
        alarmName: `${endpoint}-latency-p99`,
        alarmDescription: `airr: p99 ModelLatency (ms) on ${endpoint}`,
        threshold: config.thresholds.latencyP99Ms,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    ];
  });
}

/** airr's own detector metrics (namespace `airr`): drift score and blocked-prompt rate. */
export function ownMetricAlarms(scope: Construct, config: AirrConfig): cloudwatch.Alarm[] {
  const own = (metricName: string, statistic: string) =>
    new cloudwatch.Metric({ namespace: "airr", metricName, statistic, period: Duration.minutes(5) });
  return [
    own("DriftScore", "Maximum").createAlarm(scope, "drift", {
      alarmName: "airr-drift",
      alarmDescription: "airr: data drift score above threshold",
      threshold: config.thresholds.driftScore,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }),
    own("BlockedPromptRate", "Average").createAlarm(scope, "blocked-prompts", {
      alarmName: "airr-prompt-injection-rate",
      alarmDescription: "airr: share of prompts blocked by PromptGuard above threshold",
      threshold: config.thresholds.blockedPromptRate,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }),
  ];
}
