/**
 * Why an observation was not counted. A fixed list, so rejected counts stay bounded and can be
 * exported as a metric label.
 */
export const REJECT_REASONS = [
  "confidence-not-a-number",
  "confidence-out-of-range",
  "latency-not-a-number",
  "latency-out-of-range",
  "tokens-invalid",
  "cost-invalid",
  "prediction-missing",
  "timestamp-invalid",
  "feedback-unknown-prediction-id",
  "feedback-label-missing",
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** A zeroed count per reason. */
export function emptyRejectCounts(): Record<RejectReason, number> {
  return Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as Record<RejectReason, number>;
}
