/**
 * Toxicity categories.
 *
 * @example
 * TOXICITY_CATEGORIES.includes("self_harm") // true
 */
export const TOXICITY_CATEGORIES = ["profanity", "insult", "threat", "hate", "sexual", "self_harm"] as const;
export type ToxicityCategory = (typeof TOXICITY_CATEGORIES)[number];
