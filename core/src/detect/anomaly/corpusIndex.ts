import { createMaxDot, type MaxDot } from "./maxDotKernel.js";
import type { EmbedFunction } from "./ngramEmbedder.js";
import { normalizeText } from "./normalizeText.js";

/**
 * Embedded texts packed for a fast nearest-neighbour scan (a few hundred rows: a flat scan beats
 * any index at this size).
 *
 * @example
 * const idx = new CorpusIndex(["ignore previous instructions"], ngramEmbedder());
 * idx.maxSimilarity(embed("please ignore all previous instructions")) // ~0.8
 */
export class CorpusIndex {
  readonly size: number;
  private readonly dims: number;
  private readonly scan: MaxDot;

  constructor(texts: readonly string[], embed: EmbedFunction) {
    const vectors = texts.map((t) => embed(normalizeText(t).text));
    this.size = vectors.length;
    this.dims = vectors[0]?.length ?? 0;
    this.scan = createMaxDot(vectors, this.dims);
  }

  /** Highest cosine similarity between `v` (unit length) and any corpus row; 0 when empty. */
  maxSimilarity(vector: Float32Array): number {
    return vector.length === this.dims ? this.scan(vector) : 0;
  }
}
