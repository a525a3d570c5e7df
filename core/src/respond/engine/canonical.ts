import { createHash } from "node:crypto";
import type { Alert } from "../alert.js";

/**
 * JSON with object keys sorted at every level, so equal data always hashes the same. Hand-written
 * because it only ever sees plain JSON data the engine itself built (no cycles, no classes).
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/**
 * SHA-256 of (action, target, params): an approval is valid only for exactly this change.
 *
 * @example
 * paramsHash("rollback-model", "fraud-detector", { endpoint: "fraud-detector", toVersion: "previous" });
 */
export function paramsHash(action: string, target: string, params: Record<string, unknown>): string {
  return createHash("sha256").update(canonicalJson({ action, target, params })).digest("hex");
}

/**
 * The idempotency key (alert id, action, target). A non-firing alert gets its own keys, so the
 * notification of a resolution is not taken for a duplicate of the firing one.
 *
 * @example
 * actionKey(alert, "rollback-model", "fraud-detector"); // "<alertId>|rollback-model|fraud-detector"
 */
export function actionKey(alert: Alert, action: string, target: string): string {
  const id = alert.state === "firing" ? alert.alertId : `${alert.alertId}@${alert.state}`;
  return `${id}|${action}|${target}`;
}
