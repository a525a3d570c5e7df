import type { Signal } from "../../signal.js";

/** The embedding drift methods, by their CLI names. */
export type EmbeddingMethodName = "cosine" | "euclidean" | "ratio" | "mmd" | "mmd_alibi" | "classifier";

/**
 * One embedding drift verdict. `drift` compares `score` with `threshold`, except for
 * `mmd_alibi`, which, as Alibi Detect does, compares `pValue` with `threshold` (its `p_val`).
 */
export interface EmbeddingDriftResult {
  method: EmbeddingMethodName;
  score: number;
  threshold: number;
  drift: boolean;
  pValue?: number;
  /** Method details (bandwidth, per-component scores, ...), JSON-serializable. */
  evidence: Record<string, unknown>;
}

/**
 * Turns a result into a `drift.embedding` Signal.
 *
 * @example
 * const signal = toEmbeddingSignal(euclideanDrift(ref, cur));
 */
export function toEmbeddingSignal(result: EmbeddingDriftResult, name = `embedding:${result.method}`): Signal {
  return {
    kind: "drift.embedding",
    name,
    score: result.score,
    threshold: result.threshold,
    detected: result.drift,
    evidence: { ...result.evidence, ...(result.pValue === undefined ? {} : { pValue: result.pValue }) },
  };
}
