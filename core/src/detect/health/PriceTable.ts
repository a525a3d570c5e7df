import { z } from "zod";

/** USD per 1,000 input and output tokens. */
export const PriceSchema = z.object({ inputPer1k: z.number().min(0), outputPer1k: z.number().min(0) });
export type Price = z.infer<typeof PriceSchema>;

/**
 * Public list prices (USD per 1k tokens) as published by the vendors in December 2024. They are
 * a starting point only: pass your contract prices in `config.prices`, which take precedence.
 */
export const LIST_PRICES: Readonly<Record<string, Price>> = Object.freeze({
  "gpt-4o": { inputPer1k: 0.0025, outputPer1k: 0.01 },
  "gpt-4o-mini": { inputPer1k: 0.00015, outputPer1k: 0.0006 },
  "claude-3-5-sonnet": { inputPer1k: 0.003, outputPer1k: 0.015 },
  "claude-3-5-haiku": { inputPer1k: 0.0008, outputPer1k: 0.004 },
});

/**
 * Prices per model, used to compute the cost of a prediction from its tokens when the caller
 * does not give the cost. Users extend it with their own models or override list prices.
 *
 * @example
 * const prices = new PriceTable({ "my-llm": { inputPer1k: 0.001, outputPer1k: 0.002 } });
 * prices.costUsd("my-llm", 1000, 500); // 0.002
 */
export class PriceTable {
  readonly #prices = new Map<string, Price>();

  constructor(extra: Readonly<Record<string, Price>> = {}, base: Readonly<Record<string, Price>> = LIST_PRICES) {
    for (const [model, price] of Object.entries(base)) this.#prices.set(model, price);
    for (const [model, price] of Object.entries(extra)) this.#prices.set(model, PriceSchema.parse(price));
  }

  /** Adds or replaces a model's price. */
  set(model: string, price: Price): this {
    this.#prices.set(model, PriceSchema.parse(price));
    return this;
  }

  get(model: string): Price | undefined {
    return this.#prices.get(model);
  }

  models(): string[] {
    return [...this.#prices.keys()].sort();
  }

  /** The cost of one call, or `undefined` when the model has no price. */
  costUsd(model: string, tokensIn: number, tokensOut: number): number | undefined {
    const price = this.#prices.get(model);
    if (price === undefined) return undefined;
    return (tokensIn / 1000) * price.inputPer1k + (tokensOut / 1000) * price.outputPer1k;
  }
}
