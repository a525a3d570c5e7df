import type { EmbedFunction } from "./ngramEmbedder.js";
import { normalizeText } from "./normalizeText.js";

/**
 * Embedded texts packed in one Float32Array for a fast nearest-neighbour scan (a few hundred
 * rows: a flat scan beats any index at this size).
 *
 * @example
 * const idx = new CorpusIndex(["ignore previous instructions"], ngramEmbedder());
 * idx.maxSimilarity(embed("please ignore all previous instructions")) // ~0.8
 */
export class CorpusIndex {
  readonly size: number;
  private readonly dims: number;
  /**
   * Float64 holding the float32 embeddings exactly: the products and sums are the same doubles as
   * with a Float32Array, without a widening conversion per element in the per-prompt scan.
   */
  private readonly matrix: Float64Array;
  private query = new Float64Array(0);

  constructor(texts: readonly string[], embed: EmbedFunction) {
    const vectors = texts.map((t) => embed(normalizeText(t).text));
    this.size = vectors.length;
    this.dims = vectors[0]?.length ?? 0;
    this.matrix = new Float64Array(this.size * this.dims);
    vectors.forEach((v, i) => {
      this.matrix.set(v, i * this.dims);
    });
  }

  /** Highest cosine similarity between `v` (unit length) and any corpus row; 0 when empty. */
  maxSimilarity(vector: Float32Array): number {
    const { dims, matrix } = this;
    if (vector.length !== dims) return 0;
    if (this.query.length !== dims) this.query = new Float64Array(dims);
    const v = this.query;
    v.set(vector);
    let best = 0;
    for (let r = 0, off = 0; r < this.size; r++, off += dims) {
      let s = 0;
      // Unrolled by four (same summation order, so the same result): this scan runs per prompt.
      let i = 0;
      for (; i + 3 < dims; i += 4) {
        s += (v[i] as number) * (matrix[off + i] as number);
        s += (v[i + 1] as number) * (matrix[off + i + 1] as number);
        s += (v[i + 2] as number) * (matrix[off + i + 2] as number);
        s += (v[i + 3] as number) * (matrix[off + i + 3] as number);
      }
      for (; i < dims; i++) s += (v[i] as number) * (matrix[off + i] as number);
      if (s > best) best = s;
    }
    return best;
  }
}
