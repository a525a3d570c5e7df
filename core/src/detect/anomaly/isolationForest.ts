import { AnomalyConfigError } from "./anomalyErrors.js";
import { SeededRandom } from "./seededRandom.js";

/** A node: a leaf `[size]` or a split `[feature, threshold, left, right]`. JSON-serializable. */
export type IsoNode = [number] | [number, number, IsoNode, IsoNode];

/** Options of `IsolationForest` (scikit-learn's names and defaults). */
export interface IsolationForestOptions {
  nEstimators?: number;
  /** Sub-sample size per tree; default min(256, n). */
  maxSamples?: number;
  seed?: number;
}

const EULER = 0.5772156649015329;

/**
 * Average path length of an unsuccessful BST search over n points, c(n) in Liu et al.
 *
 * @example
 * averagePathLength(2) // 1
 */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + EULER) - (2 * (n - 1)) / n;
}

/**
 * Isolation Forest with scikit-learn's semantics: trees grown on sub-samples of size
 * min(256, n) drawn without replacement, random feature and uniform random threshold per split,
 * height limit ceil(log2(maxSamples)), leaf correction c(size), and
 * `scoreSamples(x) = -2^(-E[h(x)] / c(maxSamples))` (lower = more abnormal). `score` returns the
 * anomaly score `2^(-E[h]/c)` (higher = more anomalous, > 0.5 = outlier at sklearn's default
 * offset). Hand-written: the npm implementations are unmaintained and not sklearn-faithful.
 *
 * @example
 * const f = new IsolationForest({ seed: 1 }).learn([[0, 0], [0, 1], [1, 0], [1, 1]]);
 * f.score([10, 10]) > f.score([0.5, 0.5]) // true
 */
export class IsolationForest {
  trees: IsoNode[] = [];
  sampleSize = 0;
  private readonly nEstimators: number;
  private readonly maxSamples: number | undefined;
  private readonly rng: SeededRandom;

  constructor(options: IsolationForestOptions = {}) {
    this.nEstimators = options.nEstimators ?? 100;
    this.maxSamples = options.maxSamples;
    this.rng = new SeededRandom(options.seed ?? 0);
    if (!(Number.isInteger(this.nEstimators) && this.nEstimators > 0))
      throw new AnomalyConfigError(`nEstimators must be a positive integer, got ${options.nEstimators}`, {
        where: "IsolationForestOptions.nEstimators",
        hint: "use 100 (scikit-learn's default)",
      });
  }

  /** Fits the forest on in-policy rows (replaces any previous fit). */
  learn(rows: readonly (readonly number[])[]): this {
    if (rows.length < 2)
      throw new AnomalyConfigError(`IsolationForest.learn needs at least 2 rows, got ${rows.length}`, {
        hint: "pass a batch of in-policy embeddings",
      });
    this.sampleSize = Math.min(this.maxSamples ?? 256, rows.length);
    const maxDepth = Math.ceil(Math.log2(Math.max(this.sampleSize, 2)));
    this.trees = [];
    for (let t = 0; t < this.nEstimators; t++) this.trees.push(this.grow(this.subsample(rows), 0, maxDepth));
    return this;
  }

  /** Anomaly score in (0, 1]; higher = more anomalous. */
  score(x: readonly number[]): number {
    return -this.scoreSample(x);
  }

  /** scikit-learn's `score_samples` for one row (negative; lower = more abnormal). */
  scoreSample(x: readonly number[]): number {
    if (this.trees.length === 0)
      throw new AnomalyConfigError("IsolationForest.score called before learn", { hint: "call learn(rows) first" });
    let sum = 0;
    for (const tree of this.trees) sum += pathLength(tree, x, 0);
    return -(2 ** (-(sum / this.trees.length) / averagePathLength(this.sampleSize)));
  }

  private subsample(rows: readonly (readonly number[])[]): (readonly number[])[] {
    const idx = rows.map((_, i) => i);
    // Partial Fisher-Yates: the first sampleSize entries are a sample without replacement.
    for (let i = 0; i < this.sampleSize; i++) {
      const j = i + this.rng.int(idx.length - i);
      [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
    }
    return idx.slice(0, this.sampleSize).map((i) => rows[i] as readonly number[]);
  }

  private grow(rows: (readonly number[])[], depth: number, maxDepth: number): IsoNode {
    if (depth >= maxDepth || rows.length <= 1) return [rows.length];
    const dims = (rows[0] as readonly number[]).length;
    const features = Array.from({ length: dims }, (_, i) => i);
    // Like sklearn's random splitter: draw features until one is not constant in this node.
    while (features.length > 0) {
      const k = this.rng.int(features.length);
      const f = features[k] as number;
      features[k] = features[features.length - 1] as number;
      features.pop();
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (const r of rows) {
        const v = r[f] as number;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      if (hi <= lo) continue;
      const threshold = lo + this.rng.next() * (hi - lo);
      const left = rows.filter((r) => (r[f] as number) <= threshold);
      const right = rows.filter((r) => (r[f] as number) > threshold);
      return [f, threshold, this.grow(left, depth + 1, maxDepth), this.grow(right, depth + 1, maxDepth)];
    }
    return [rows.length];
  }

  /** JSON-serializable state (trees, sample size, RNG state). */
  toJSON(): { trees: IsoNode[]; sampleSize: number; rngState: number } {
    return { trees: this.trees, sampleSize: this.sampleSize, rngState: this.rng.state };
  }

  /** Restores a forest saved with `toJSON`. */
  static fromJSON(state: { trees: IsoNode[]; sampleSize: number; rngState: number }): IsolationForest {
    const f = new IsolationForest({ nEstimators: Math.max(1, state.trees.length), seed: state.rngState });
    f.trees = state.trees;
    f.sampleSize = state.sampleSize;
    return f;
  }
}

function pathLength(node: IsoNode, x: readonly number[], depth: number): number {
  let n: IsoNode = node;
  let d = depth;
  while (n.length === 4) {
    n = (x[n[0]] as number) <= n[1] ? n[2] : n[3];
    d++;
  }
  return d + averagePathLength(n[0]);
}
