/** What a detector looked at. */
export type SignalKind =
  | "drift.data"
  | "drift.concept"
  | "drift.embedding"
  | "anomaly.prompt"
  | "anomaly.output"
  | "health";

/**
 * A detector's verdict. Every detector in `core/detect` can express its result as a Signal, so
 * that the CLI, metrics exporters and scenarios treat them alike.
 *
 * @example
 * const s: Signal = { kind: "drift.data", name: "ks:age", score: 0.001, threshold: 0.05,
 *   detected: true, evidence: { pValue: 0.001 } };
 */
export interface Signal {
  kind: SignalKind;
  /** Which check produced it, e.g. `ks:age`, `adwin:errors`, `prompt-guard`. */
  name: string;
  score: number;
  threshold: number;
  detected: boolean;
  /** Free-form, JSON-serializable details (p-values, matched rules). Never a secret value. */
  evidence: Record<string, unknown>;
  /** ISO-8601 UTC time, when the detector was given a clock. */
  at?: string;
}
