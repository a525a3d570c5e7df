import { Registry } from "../../../registry.js";
import { classifierDrift } from "./classifierDrift.js";
import type { EmbeddingDriftResult, EmbeddingMethodName } from "./EmbeddingDriftResult.js";
import { type Embeddings, toEmbeddings } from "./Embeddings.js";
import { EmbeddingDriftError } from "./errors.js";
import { cosineDrift, euclideanDrift } from "./meanDistanceDrift.js";
import { mmdAlibiDrift } from "./mmdAlibiDrift.js";
import { mmdEvidentlyDrift } from "./mmdEvidentlyDrift.js";
import { ratioDrift } from "./ratioDrift.js";

/** Options every method understands; each ignores what it has no use for. */
export interface EmbeddingDriftOptions {
  /** Overrides the method's default threshold (for `mmd_alibi`: the p-value threshold). */
  threshold?: number;
  /** Seed of the randomised parts (permutations, split, bootstrap). */
  seed?: number;
  /** MMD permutations (default 100). */
  permutations?: number;
  /** Evidently's bootstrap variant (euclidean, cosine, mmd, classifier). */
  bootstrap?: boolean;
  /** Percentile of the bootstrap (Evidently: 0.95; 0.05 for mmd). */
  quantileProbability?: number;
}

/** One embedding drift method: its default threshold and how it runs. */
export interface EmbeddingMethod {
  defaultThreshold: number;
  /** Fewest rows it needs in each set. */
  minRows: number;
  run(ref: Embeddings, cur: Embeddings, threshold: number, options: EmbeddingDriftOptions): EmbeddingDriftResult;
}

/**
 * The embedding drift methods by name: `cosine`, `euclidean`, `ratio`, `mmd` (Evidently's
 * bandwidth), `mmd_alibi` (Alibi Detect's) and `classifier`.
 *
 * @example
 * embeddingMethods.get("mmd_alibi").defaultThreshold; // 0.05
 */
export const embeddingMethods = new Registry<EmbeddingMethod>("embedding drift method")
  .register("cosine", { defaultThreshold: 0.2, minRows: 1, run: (r, c, t, o) => cosineDrift(r, c, t, o) })
  .register("euclidean", { defaultThreshold: 0.2, minRows: 1, run: (r, c, t, o) => euclideanDrift(r, c, t, o) })
  .register("ratio", { defaultThreshold: 0.2, minRows: 1, run: (r, c, t) => ratioDrift(r, c, t) })
  .register("mmd", { defaultThreshold: 0.015, minRows: 2, run: (r, c, t, o) => mmdEvidentlyDrift(r, c, t, o) })
  .register("mmd_alibi", { defaultThreshold: 0.05, minRows: 2, run: (r, c, t, o) => mmdAlibiDrift(r, c, t, o) })
  .register("classifier", { defaultThreshold: 0.55, minRows: 2, run: (r, c, t, o) => classifierDrift(r, c, t, o) });

/**
 * Validates two sets of embeddings and runs one method on them.
 *
 * @example
 * const result = detectEmbeddingDrift("euclidean", reference, current);
 * if (result.drift) console.log(result.score);
 */
export function detectEmbeddingDrift(
  method: EmbeddingMethodName | string,
  reference: unknown,
  current: unknown,
  options: EmbeddingDriftOptions = {},
): EmbeddingDriftResult {
  const m = embeddingMethods.get(method);
  const threshold = options.threshold ?? m.defaultThreshold;
  if (!Number.isFinite(threshold)) throw invalid(`threshold must be a finite number, got ${threshold}`, "threshold");
  if (options.permutations !== undefined && !(Number.isInteger(options.permutations) && options.permutations >= 1)) {
    throw invalid(`permutations must be a positive integer, got ${options.permutations}`, "permutations");
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) {
    throw invalid(`seed must be an integer, got ${options.seed}`, "seed");
  }
  const ref = toEmbeddings(reference, "reference", undefined, m.minRows);
  const cur = toEmbeddings(current, "current", ref.dim, m.minRows);
  return m.run(ref, cur, threshold, options);
}

function invalid(message: string, where: string): EmbeddingDriftError {
  return new EmbeddingDriftError("InvalidParameter", message, { where, hint: "see docs/stream.md, Embedding drift" });
}
