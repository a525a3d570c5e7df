import { randomBytes } from "node:crypto";
import { Monitor, type MonitorSnapshot } from "@airr/core";
import { type ReplayRow, toEpochMs } from "./replayRows.js";

const ERROR_KIND = /^[A-Za-z][\w.-]{0,63}$/;
const asNumber = (x: unknown): number | undefined => (x === undefined || x === null ? undefined : (x as number));

/**
 * Replays a log through one monitor and returns its snapshot. The monitor's clock is the latest
 * row timestamp (so calendar budgets follow the log), or the replay's start when rows have none.
 */
export function replayLog(
  rows: readonly ReplayRow[],
  config: Record<string, unknown>,
  startedAt: number,
): MonitorSnapshot {
  let now = startedAt;
  let sawTime = false;
  const firstModel = rows.find((r) => r.type === "prediction" && r.model !== undefined);
  const model =
    (config["model"] as string | undefined) ??
    (firstModel?.type === "prediction" ? firstModel.model : undefined) ??
    "model";
  // Rows carry their own ids, so the input-id salt is never used for output: a fresh one per run is safe.
  const salt = (config["salt"] as string | undefined) ?? randomBytes(24).toString("hex");
  const monitor = new Monitor({ ...config, model, salt }, { now: () => now });
  const advance = (t: number | undefined): number | undefined => {
    if (t === undefined || !Number.isFinite(t)) return t;
    now = sawTime ? Math.max(now, t) : t;
    sawTime = true;
    return t;
  };
  for (const row of rows) {
    if (row.type === "prediction") {
      const timestamp = advance(toEpochMs(row.timestamp));
      const tokensIn = asNumber(row.tokensIn);
      const tokensOut = asNumber(row.tokensOut);
      const costUsd = asNumber(row.costUsd);
      monitor.logPrediction({
        id: row.id,
        prediction: row.prediction,
        confidence: row.confidence as number,
        latencyMs: row.latencyMs as number,
        ...(row.model === undefined ? {} : { model: row.model }),
        ...(tokensIn === undefined && tokensOut === undefined
          ? {}
          : { tokens: { input: tokensIn ?? 0, output: tokensOut ?? 0 } }),
        ...(costUsd === undefined ? {} : { costUsd }),
        ...(timestamp === undefined ? {} : { timestamp }),
      });
    } else if (row.type === "error") {
      const timestamp = advance(toEpochMs(row.timestamp));
      // Only identifier-like values become an error kind: free text could carry user data.
      const name = ERROR_KIND.test(row.error) ? row.error : "Error";
      monitor.logError(Object.assign(new Error(), { name }), undefined, timestamp);
    } else {
      monitor.logFeedback(row.id, row.label);
    }
  }
  return monitor.snapshot();
}
