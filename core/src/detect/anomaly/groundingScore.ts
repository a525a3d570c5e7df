/** How much of an answer the supplied context supports. */
export interface Grounding {
  /** Share of the answer's sentences supported by the context, in [0, 1]. */
  score: number;
  /** 1 - score: the likelihood the answer is not grounded (hallucination proxy). */
  hallucination: number;
  /**
   * Mean share of supported content words per sentence, in [0, 1] (a sentence with an invented
   * number or name counts at most half the overlap threshold). Finer than `score`: use it to rank.
   */
  support: number;
  /** Sentences with the least support, for review. Text from the answer. */
  unsupported: string[];
}

const SENTENCE = /[^.!?。！？\n]+[.!?。！？]?/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const DIGIT = /\d/;
const CAPITALIZED = /^\p{Lu}/u;
const STOP = new Set(
  "the a an and or of to in on for with by at from as is are was were be been it its this that these those he she they we you i not no but if then so than which who what when where how there their his her our your can could would should will may might do does did has have had".split(
    " ",
  ),
);

/**
 * Grounding score: for each answer sentence, the share of its content words (and numbers) that
 * appear in the context; a sentence is supported when at least `minOverlap` of them do. Numbers
 * and names (capitalized words after the sentence's first) must appear in the context, since an
 * invented figure or a swapped entity is the commonest hallucination (the name check's effect on
 * HaluEval QA is in bench/results/quality.md).
 *
 * @example
 * groundingScore("Paris is the capital of France.", "The capital of France is Paris.").score // 1
 */
export function groundingScore(answer: string, context: string, minOverlap = 0.6): Grounding {
  const vocab = new Set((context.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w)));
  const sentences = (answer.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
  const scored = sentences.map((s) => {
    const raw = s.match(WORD) ?? [];
    const words = raw.map((w) => w.toLowerCase()).filter((w) => !STOP.has(w));
    if (words.length === 0) return { s, support: 1 };
    const numbersOk = words.filter((w) => DIGIT.test(w)).every((w) => vocab.has(w));
    const namesOk = raw
      .slice(1)
      .filter((w) => CAPITALIZED.test(w) && !STOP.has(w.toLowerCase()))
      .every((w) => vocab.has(w.toLowerCase()));
    const support = words.filter((w) => vocab.has(w)).length / words.length;
    return { s, support: numbersOk && namesOk ? support : Math.min(support, minOverlap / 2) };
  });
  if (scored.length === 0) return { score: 1, hallucination: 0, support: 1, unsupported: [] };
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const score = round(scored.filter((x) => x.support >= minOverlap).length / scored.length);
  const unsupported = scored
    .filter((x) => x.support < minOverlap)
    .sort((a, b) => a.support - b.support)
    .map((x) => x.s);
  const support = round(scored.reduce((sum, x) => sum + x.support, 0) / scored.length);
  return { score, hallucination: round(1 - score), support, unsupported };
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const GROUNDING_SCORE_PATTERNS: readonly RegExp[] = [SENTENCE, WORD, DIGIT, CAPITALIZED];
