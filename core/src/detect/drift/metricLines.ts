import type { DatasetDrift } from "./datasetDrift.js";

/**
 * The drift result as one CloudWatch Embedded Metric Format document (one line of JSON a Lambda
 * can print): `DriftScore`/`DriftDetected` per column and check, `DriftedShare` and
 * `DatasetDrift` for the dataset, under `namespace`.
 *
 * @example
 * console.log(JSON.stringify(toEmf(result, "airr/drift", 1732240000000)));
 */
export function toEmf(
  result: DatasetDrift,
  namespace: string,
  timestampMs: number,
  dataset = "default",
): Record<string, unknown>[] {
  const docs: Record<string, unknown>[] = [
    {
      _aws: {
        Timestamp: timestampMs,
        CloudWatchMetrics: [
          {
            Namespace: namespace,
            Dimensions: [["Dataset"]],
            Metrics: [
              { Name: "DriftedShare", Unit: "None" },
              { Name: "DatasetDrift", Unit: "None" },
            ],
          },
        ],
      },
      Dataset: dataset,
      DriftedShare: result.driftedShare,
      DatasetDrift: result.drift ? 1 : 0,
    },
  ];
  for (const c of result.columns) {
    for (const check of c.checks) {
      if (!("drift" in check)) continue;
      docs.push({
        _aws: {
          Timestamp: timestampMs,
          CloudWatchMetrics: [
            {
              Namespace: namespace,
              Dimensions: [["Dataset", "Column", "Test"]],
              Metrics: [
                { Name: "DriftScore", Unit: "None" },
                { Name: "DriftDetected", Unit: "None" },
              ],
            },
          ],
        },
        Dataset: dataset,
        Column: c.column,
        Test: check.test,
        DriftScore: check.score,
        DriftDetected: check.drift ? 1 : 0,
        Threshold: check.threshold,
      });
    }
  }
  return docs;
}

/**
 * The drift result in Prometheus text exposition format (gauges `airr_drift_score`,
 * `airr_drift_detected`, `airr_drift_threshold`, `airr_dataset_drift`, `airr_drifted_share`).
 *
 * @example
 * res.type("text/plain").send(toPrometheus(result));
 */
export function toPrometheus(result: DatasetDrift, dataset = "default"): string {
  const esc = (v: string): string => v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
  const lines = [
    "# HELP airr_drift_score Drift score of a column (p-value or distance, see airr_drift_threshold).",
    "# TYPE airr_drift_score gauge",
  ];
  const detected = [
    "# HELP airr_drift_detected 1 when the check found drift in the column.",
    "# TYPE airr_drift_detected gauge",
  ];
  const thresholds = [
    "# HELP airr_drift_threshold Threshold the column's check used.",
    "# TYPE airr_drift_threshold gauge",
  ];
  for (const c of result.columns) {
    for (const check of c.checks) {
      if (!("drift" in check)) continue;
      const labels = `{dataset="${esc(dataset)}",column="${esc(c.column)}",test="${esc(check.test)}"}`;
      lines.push(`airr_drift_score${labels} ${formatNumber(check.score)}`);
      detected.push(`airr_drift_detected${labels} ${check.drift ? 1 : 0}`);
      thresholds.push(`airr_drift_threshold${labels} ${formatNumber(check.threshold)}`);
    }
  }
  const d = `{dataset="${esc(dataset)}"}`;
  return [
    ...lines,
    ...detected,
    ...thresholds,
    "# HELP airr_drifted_share Share of columns that drifted.",
    "# TYPE airr_drifted_share gauge",
    `airr_drifted_share${d} ${formatNumber(result.driftedShare)}`,
    "# HELP airr_dataset_drift 1 when the share of drifted columns reached the threshold.",
    "# TYPE airr_dataset_drift gauge",
    `airr_dataset_drift${d} ${result.drift ? 1 : 0}`,
    "",
  ].join("\n");
}

function formatNumber(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(v);
}
