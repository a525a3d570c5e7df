import { englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { MAX_INPUT_CHARS, prepareInput } from "./inputLimits.js";
import { normalizeText } from "./normalizeText.js";
import { TOXICITY_CATEGORIES, type ToxicityCategory } from "./toxicityCategories.js";
import { lexiconCategory, TOXICITY_DATASET } from "./toxicityLexicon.js";
import { TOXICITY_RULES } from "./toxicityRules.js";

/** The toxicity verdict: a score per category in [0, 1], the worst as `score`. */
export interface ToxicityVerdict {
  score: number;
  detected: boolean;
  categories: Record<ToxicityCategory, number>;
  /** Matched terms/rules, e.g. `profanity:fuck`, `threat:i-will-kill-you`. Never the whole text. */
  reasons: string[];
  issues: string[];
}

/**
 * Toxicity detector: the `obscenity` library's English term list plus common name-calling words
 * (with obscenity's leetspeak and confusable transformers), grouped into profanity / insult / hate /
 * sexual, plus rules for insults, threats and death wishes, dehumanizing hate, self-harm and
 * masked swear words, on the normalized text.
 *
 * @example
 * new ToxicityDetector().detect("you are a worthless idiot").categories.insult // 0.8
 */
export class ToxicityDetector {
  private readonly matcher = new RegExpMatcher({ ...TOXICITY_DATASET.build(), ...englishRecommendedTransformers });

  constructor(private readonly threshold = 0.5) {}

  detect(input: unknown): ToxicityVerdict {
    const { text, issues } = prepareInput(input, MAX_INPUT_CHARS);
    const norm = normalizeText(text).text;
    const categories = Object.fromEntries(TOXICITY_CATEGORIES.map((c) => [c, 0])) as Record<ToxicityCategory, number>;
    const reasons: string[] = [];
    const bump = (c: ToxicityCategory, w: number, why: string) => {
      categories[c] = 1 - (1 - categories[c]) * (1 - w);
      if (!reasons.includes(why)) reasons.push(why);
    };
    const words = new Set<string>();
    for (const view of [text, norm])
      for (const m of this.matcher.getAllMatches(view))
        words.add(TOXICITY_DATASET.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? "term");
    let clinicalSeen = false;
    for (const word of words) {
      const { category, weight, clinical } = lexiconCategory(word);
      if (clinical && clinicalSeen) continue;
      clinicalSeen ||= clinical;
      bump(category, weight, `${category}:${word}`);
    }
    const raw = text.toLowerCase();
    for (const r of TOXICITY_RULES)
      if (r.re.test(r.raw === true ? raw : norm)) bump(r.category, r.weight, `${r.category}:${r.id}`);
    const score = Math.round(Math.max(...Object.values(categories)) * 1e4) / 1e4;
    return { score, detected: score >= this.threshold, categories, reasons, issues };
  }
}
