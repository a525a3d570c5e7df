import type { MonitorSnapshot } from "./monitorSnapshot.js";

/** Options of {@link snapshotToEmf}. */
export interface SnapshotEmfOptions {
  namespace: string;
  /** Extra dimensions besides `Model` (e.g. `{ Service: "checkout" }`). */
  dimensions?: Record<string, string>;
}

type Unit = "Count" | "Milliseconds" | "None";

/**
 * One CloudWatch Embedded Metric Format line for a snapshot: print it to stdout in a Lambda (or
 * send it to the CloudWatch agent) and CloudWatch extracts the metrics. Counts are cumulative
 * since the monitor started; null values are left out, as EMF requires numbers. Written by hand
 * because the format is a JSON shape, while aws-embedded-metrics is a logger that does its own I/O.
 *
 * @example
 * console.log(snapshotToEmf(monitor.snapshot(), { namespace: "airr/health" }));
 */
export function snapshotToEmf(snapshot: MonitorSnapshot, options: SnapshotEmfOptions): string {
  const metrics: [string, Unit, number | null][] = [
    ["Predictions", "Count", snapshot.counts.predictions],
    ["PredictionErrors", "Count", snapshot.counts.errors],
    ["RejectedObservations", "Count", snapshot.counts.rejected],
    ["LowConfidencePredictions", "Count", snapshot.counts.lowConfidence],
    ["RecentErrorRate", "None", snapshot.health.errorRate],
    ["RecentLowConfidenceRate", "None", snapshot.health.lowConfidenceRate],
    ["ConfidenceMean", "None", snapshot.confidence.mean],
    ["ConfidenceEma", "None", snapshot.confidence.ema],
    ["LatencyMean", "Milliseconds", snapshot.latency.mean],
    ["LatencyP50", "Milliseconds", snapshot.latency.p50],
    ["LatencyP95", "Milliseconds", snapshot.latency.p95],
    ["LatencyP99", "Milliseconds", snapshot.latency.p99],
    ["TokensTotal", "Count", snapshot.cost.tokens.total],
    ["CostUsd", "None", snapshot.cost.totalUsd],
    ["CostTodayUsd", "None", snapshot.cost.daily.spentUsd],
    ["FeedbackAccuracy", "None", snapshot.feedback.accuracy],
    ["HealthStatusRank", "None", ["unknown", "healthy", "degraded", "unhealthy"].indexOf(snapshot.health.status)],
  ];
  const present = metrics.filter((m): m is [string, Unit, number] => m[2] !== null && Number.isFinite(m[2]));
  const dimensions = { Model: snapshot.model, ...options.dimensions };
  const line = {
    _aws: {
      Timestamp: Date.parse(snapshot.at),
      CloudWatchMetrics: [
        {
          Namespace: options.namespace,
          Dimensions: [Object.keys(dimensions)],
          Metrics: present.map(([Name, Unit]) => ({ Name, Unit })),
        },
      ],
    },
    ...dimensions,
    HealthStatus: snapshot.health.status,
    ...Object.fromEntries(present.map(([name, , value]) => [name, value])),
  };
  return JSON.stringify(line);
}
