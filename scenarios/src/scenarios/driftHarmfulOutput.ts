import { ADWIN, datasetDrift, Monitor } from "@airr/core";
import type { Scenario } from "../Scenario.js";
import type { SeededRandom } from "../SeededRandom.js";

const ENDPOINT = "fraud-detector";
const DRIFT_AT = 600;
const WINDOW = 300;
// The model owner's limit on mislabelled transactions (the chart's threshold line).
const MAX_ERROR = 0.15;
const MONITOR_CONFIG = { model: ENDPOINT, salt: "simulation-salt-0001", windowSize: 200 };
const COLUMNS = ["amount", "merchant_risk", "hour"] as const;
type Row = Record<(typeof COLUMNS)[number], number>;

/**
 * Error probability of each version: fraud-v3 leans on merchant_risk, which the shift breaks;
 * fraud-v2 does not. This is the simulated "truth" the labels come from.
 */
function errorRate(version: string, shifted: boolean): number {
  if (version === "fraud-v3") return shifted ? 0.32 : 0.04;
  return shifted ? 0.05 : 0.05;
}

function request(rng: SeededRandom, shifted: boolean): Row {
  return {
    amount: Math.exp(rng.normal(shifted ? 4.6 : 3.5, 0.8)),
    merchant_risk: Math.min(1, Math.max(0, rng.normal(shifted ? 0.62 : 0.25, 0.12))),
    hour: rng.int(0, 23),
  };
}

const columnsOf = (rows: readonly Row[]) => Object.fromEntries(COLUMNS.map((c) => [c, rows.map((r) => r[c])]));

const policy = `apiVersion: airr/v1
kind: Policy
name: drift-rollback
description: Inputs drifted and errors rose; serve the previous version.
match: { alertName: model-drift, severity: [critical, error] }
actions:
  - action: rollback-model
    params: { endpoint: "\${alert.resourceId}", toVersion: previous }
guardrails: { cooldown: 30m, blastRadius: { maxTargets: 1 } }
`;

/** Input drift breaks the newest model; data drift and ADWIN on errors fire; rollback restores health. */
export const driftHarmfulOutput: Scenario = {
  name: "drift-harmful-output",
  title: "Model drift leading to harmful output",
  summary:
    "At 10 minutes the transaction mix shifts (larger amounts, riskier merchants) and fraud-v3 starts misclassifying. Evidently-style dataset drift on the last 300 requests and ADWIN on the labelled error stream both fire; the policy rolls back to fraud-v2 and the health monitor, scoring the labels on the restored version, reports it healthy with mislabels under the 15% limit.",
  runbook: "drift-harmful-output",
  detector: {
    name: "datasetDrift + ADWIN(errors) + health monitor",
    source: "real",
    description:
      "datasetDrift (Evidently's default tests, share threshold 0.5) on a 300-request window vs the reference, ADWIN (delta 0.002) on the 0/1 error stream; chart: ADWIN's error estimate vs the owner's 15% limit; the health monitor scores labels on the restored version",
    config: { window: WINDOW, shareThreshold: 0.5, adwinDelta: 0.002, maxError: MAX_ERROR, checkEverySeconds: 60 },
  },
  policy,
  async run(ctx) {
    const { cloud, clock, rng } = ctx;
    const reference = Array.from({ length: 500 }, () => request(rng, false));
    ctx.log("setup", `reference window: 500 requests to ${ENDPOINT}@fraud-v3 before the shift`);
    const adwin = new ADWIN({ delta: 0.002 });
    let monitor = new Monitor(MONITOR_CONFIG, { now: () => clock.now().getTime() });
    const recent: Row[] = [];
    let alerted = false;
    let nextCheck = 60;
    let drifted = false;
    let errorsDrifted = false;
    let restarted = false;
    while (clock.t < 1800) {
      const shifted = clock.t >= DRIFT_AT;
      if (shifted && !drifted) {
        drifted = true;
        ctx.attack("input distribution shifts: amounts x3, merchant risk 0.25 -> 0.62 (new merchant segment)");
      }
      const row = request(rng, shifted);
      const { version } = await cloud.invoke(ENDPOINT);
      const wrong = rng.chance(errorRate(version, shifted));
      const predicted = rng.chance(0.1) ? "fraud" : "legit";
      const actual = wrong ? (predicted === "fraud" ? "legit" : "fraud") : predicted;
      const id = `req-${clock.ms}`;
      monitor.logPrediction({
        id,
        prediction: predicted,
        confidence: 0.6 + rng.float() * 0.4,
        latencyMs: 20 + rng.int(0, 30),
      });
      // Labels (chargebacks, analyst review) are simulated as arriving at once.
      monitor.logFeedback(id, actual);
      // River semantics: driftDetected holds only for the update that found the change; latch it.
      if (adwin.update(wrong ? 1 : 0).driftDetected && shifted) errorsDrifted = true;
      recent.push(row);
      if (recent.length > WINDOW) recent.shift();
      if (clock.t >= nextCheck) {
        nextCheck += 60;
        ctx.observe({ score: adwin.estimation, threshold: MAX_ERROR, detected: errorsDrifted });
        const drift = datasetDrift(columnsOf(reference), columnsOf(recent), { shareThreshold: 0.5 });
        if (!alerted && drift.drift && errorsDrifted) {
          alerted = true;
          ctx.detect(`dataset drift (${drift.driftedCount}/${drift.columnCount} columns) and ADWIN drift on errors`, {
            columns: drift.columns.filter((c) => c.drift).map((c) => c.column),
            errorEstimate: Number(adwin.estimation.toFixed(3)),
          });
          ctx.alert({
            alertName: "model-drift",
            alertId: `local:alert/${ENDPOINT}/drift`,
            severity: "error",
            resourceId: ENDPOINT,
            metricName: "airr_signal_score",
            labels: { drifted_share: drift.driftedShare.toFixed(2) },
          });
        }
      }
      await ctx.advance(1);
      if (ctx.incidents.length > 0 && !restarted) {
        // A fresh monitor for the restored version, so its health is not averaged with v3's.
        restarted = true;
        monitor = new Monitor(MONITOR_CONFIG, { now: () => clock.now().getTime() });
      }
    }
    const state = await cloud.endpoints.get(ENDPOINT);
    ctx.expect(
      "endpoint rolled back to the last good version",
      state?.currentVersion === "fraud-v2",
      `serving ${state?.currentVersion}`,
    );
    const feedback = monitor.feedbackMetrics();
    const health = monitor.snapshot().health;
    ctx.expect(
      "health recovered on the old version",
      health.status === "healthy" && 1 - feedback.accuracy < MAX_ERROR,
      `status ${health.status}, accuracy ${feedback.accuracy.toFixed(3)} on ${feedback.labelled} labelled predictions`,
    );
  },
};
