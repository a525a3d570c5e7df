/** How much of an answer the supplied context supports. */
export interface Grounding {
  /** Share of the answer's sentences supported by the context, in [0, 1]. */
  score: number;
  /** 1 - score: the likelihood the answer is not grounded (hallucination proxy). */
  hallucination: number;
  /** Sentences with the least support, for review. Text from the answer. */
  unsupported: string[];
}

const SENTENCE = /[^.!?。！？\n]+[.!?。！？]?/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set(
  "the a an and or of to in on for with by at from as is are was were be been it its this that these those he she they we you i not no but if then so than which who what when where how there their his her our your can could would should will may might do does did has have had".split(
    " ",
  ),
);

/**
 * Grounding score: for each answer sentence, the share of its content words (and numbers) that
 * appear in the context; a sentence is supported when at least `minOverlap` of them do. Numbers
 * must match exactly, since invented figures are the commonest hallucination.
 *
 * @example
 * groundingScore("Paris is the capital of France.", "The capital of France is Paris.").score // 1
 */
export function groundingScore(answer: string, context: string, minOverlap = 0.6): Grounding {
  const vocab = new Set((context.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w)));
  const sentences = (answer.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
  const scored = sentences.map((s) => {
    const words = (s.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w));
    if (words.length === 0) return { s, support: 1 };
    const numbersOk = words.filter((w) => /\d/.test(w)).every((w) => vocab.has(w));
    const support = words.filter((w) => vocab.has(w)).length / words.length;
    return { s, support: numbersOk ? support : Math.min(support, minOverlap / 2) };
  });
  if (scored.length === 0) return { score: 1, hallucination: 0, unsupported: [] };
  const supported = scored.filter((x) => x.support >= minOverlap).length;
  const score = Math.round((supported / scored.length) * 1e4) / 1e4;
  const unsupported = scored
    .filter((x) => x.support < minOverlap)
    .sort((a, b) => a.support - b.support)
    .map((x) => x.s);
  return { score, hallucination: Math.round((1 - score) * 1e4) / 1e4, unsupported };
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const GROUNDING_SCORE_PATTERNS: readonly RegExp[] = [SENTENCE, WORD];
