import { AnomalyConfigError } from "./anomalyErrors.js";
import { IsolationForest, type IsolationForestOptions } from "./isolationForest.js";
import { type EmbedFunction, ngramEmbedder } from "./ngramEmbedder.js";
import { normalizeText } from "./normalizeText.js";

/**
 * Out-of-policy prompts: an Isolation Forest over prompt embeddings, learned on the prompts an
 * application is meant to receive. A prompt far from all of them ("write my homework" sent to a
 * banking bot) scores high. Embeddings: any provider's, or the built-in n-gram embedder at 32
 * dimensions (axis-aligned splits need dense features: at high dimension most hashed features
 * are constant in the training set and never split).
 *
 * @example
 * const d = new OutOfPolicyDetector({ seed: 1 }).learn(inPolicyPrompts);
 * d.score("Write a poem about pirates").detected
 */
export class OutOfPolicyDetector {
  readonly forest: IsolationForest;
  private readonly embed: EmbedFunction;
  private readonly threshold: number;

  constructor(options: IsolationForestOptions & { embed?: EmbedFunction; threshold?: number } = {}) {
    this.forest = new IsolationForest(options);
    this.embed = options.embed ?? ngramEmbedder({ dims: 32 });
    this.threshold = options.threshold ?? 0.5;
    if (!(this.threshold > 0 && this.threshold < 1))
      throw new AnomalyConfigError(`threshold must be in (0, 1), got ${options.threshold}`, {
        where: "OutOfPolicyDetector.threshold",
        hint: "0.5 is scikit-learn's default offset",
      });
  }

  /** Learns the in-policy prompts (replaces any earlier fit). */
  learn(prompts: readonly string[]): this {
    this.forest.learn(prompts.map((p) => Array.from(this.embed(normalizeText(p).text))));
    return this;
  }

  /** Anomaly score in (0, 1] and whether it crosses the threshold. */
  score(prompt: string): { score: number; detected: boolean; threshold: number } {
    const score = this.forest.score(Array.from(this.embed(normalizeText(prompt).text)));
    return { score: Math.round(score * 1e4) / 1e4, detected: score >= this.threshold, threshold: this.threshold };
  }
}
