import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { MAX_INPUT_CHARS, prepareInput } from "./inputLimits.js";
import { normalizeText } from "./normalizeText.js";

/**
 * Toxicity categories.
 *
 * @example
 * TOXICITY_CATEGORIES.includes("self_harm") // true
 */
export const TOXICITY_CATEGORIES = ["profanity", "insult", "threat", "hate", "sexual", "self_harm"] as const;
export type ToxicityCategory = (typeof TOXICITY_CATEGORIES)[number];

/** The toxicity verdict: a score per category in [0, 1], the worst as `score`. */
export interface ToxicityVerdict {
  score: number;
  detected: boolean;
  categories: Record<ToxicityCategory, number>;
  /** Matched terms/rules, e.g. `profanity:fuck`, `threat:i-will-kill-you`. Never the whole text. */
  reasons: string[];
  issues: string[];
}

// obscenity's English terms grouped by the category they signal; the rest count as profanity.
const SLURS = new Set([
  "abo",
  "abeed",
  "africoon",
  "arabush",
  "boonga",
  "chingchong",
  "chink",
  "dyke",
  "fag",
  "kike",
  "negro",
  "nigger",
  "retard",
  "spastic",
  "tranny",
]);
const SEXUAL = new Set([
  "anal",
  "bestiality",
  "blowjob",
  "buttplug",
  "cum",
  "deepthroat",
  "dildo",
  "doggystyle",
  "double penetration",
  "ejaculate",
  "felch",
  "fellatio",
  "finger bang",
  "fisting",
  "gangbang",
  "handjob",
  "hentai",
  "incest",
  "jerk off",
  "jizz",
  "lubejob",
  "masturbate",
  "orgasm",
  "orgy",
  "porn",
  "rape",
  "semen",
  "sex",
  "pussy",
  "cock",
  "penis",
  "vagina",
  "tit",
  "boob",
]);

export const TOXICITY_RULES: { id: string; category: ToxicityCategory; weight: number; re: RegExp }[] = [
  {
    id: "you-are-insult",
    category: "insult",
    weight: 0.8,
    re: /\byou(?:'re| are|r)? (?:such |a |an |so |the |fucking |fuckin |complete |total |utter |absolute |pathetic |little ){0,3}(?:idiot|moron|imbecile|stupid|dumb|loser|retard|worthless|pathetic|ugly|disgusting|trash|garbage|scum|clown|fool|cretin|waste of space|piece of (?:shit|crap|garbage))\b/u,
  },
  {
    id: "shut-up",
    category: "insult",
    weight: 0.5,
    re: /\b(?:shut (?:the fuck )?up|go to hell|screw you|fuck (?:you|off)|get lost,? (?:idiot|loser))\b/u,
  },
  {
    id: "threat-kill",
    category: "threat",
    weight: 0.9,
    re: /\b(?:i(?:'ll| will| am going to|'m going to|'m gonna| gonna)|we(?:'ll| will)) (?:kill|murder|hurt|shoot|stab|beat|find|destroy|rape|strangle|burn)\b.{0,20}\b(?:you|your (?:family|kids|wife|husband)|him|her|them)\b/u,
  },
  {
    id: "threat-die",
    category: "threat",
    weight: 0.75,
    re: /\byou(?:'re| are)? (?:going to|gonna|will|should|deserve to) (?:die|be killed|suffer|regret)\b|\bi know where you live\b/u,
  },
  {
    id: "hate-dehumanize",
    category: "hate",
    weight: 0.85,
    re: /\b(?:all|those|these|the|fucking) (?:jews|muslims|christians|blacks|whites|asians|arabs|mexicans|immigrants|refugees|gays|lesbians|trans people|women|men|gypsies|roma)\b.{0,30}\b(?:are (?:animals|vermin|subhuman|parasites|rats|cockroaches|inferior|a disease)|should (?:all )?(?:die|be (?:killed|exterminated|gassed|deported|eliminated)))\b/u,
  },
  {
    id: "self-harm",
    category: "self_harm",
    weight: 0.85,
    re: /\b(?:i (?:want|wanna|am going|'m going|plan) to (?:kill myself|die|end (?:it all|my life)|hurt myself|cut myself)|(?:how (?:do i|to|can i)|best way to) (?:kill myself|commit suicide|end my life|cut myself|overdose)|i (?:don't|do not) want to (?:live|be alive) anymore)\b/u,
  },
  {
    id: "sexual-explicit",
    category: "sexual",
    weight: 0.6,
    re: /\b(?:explicit sex(?:ual)? (?:scene|story|content)|nude (?:photos|pics) of|send (?:me )?nudes|have sex with (?:a )?(?:child|minor|kid))\b/u,
  },
];

const WEIGHT: Record<string, number> = { hate: 0.9, sexual: 0.6, profanity: 0.5 };

/**
 * Toxicity detector: the `obscenity` library's English term list (with its leetspeak and
 * confusable transformers) grouped into profanity / hate / sexual, plus rules for insults,
 * threats, dehumanizing hate and self-harm, on the normalized text.
 *
 * @example
 * new ToxicityDetector().detect("you are a worthless idiot").categories.insult // 0.8
 */
export class ToxicityDetector {
  private readonly matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

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
        words.add(englishDataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? "term");
    for (const word of words) {
      const c: ToxicityCategory = SLURS.has(word) ? "hate" : SEXUAL.has(word) ? "sexual" : "profanity";
      bump(c, WEIGHT[c] ?? 0.5, `${c}:${word}`);
    }
    for (const r of TOXICITY_RULES) if (r.re.test(norm)) bump(r.category, r.weight, `${r.category}:${r.id}`);
    const score = Math.round(Math.max(...Object.values(categories)) * 1e4) / 1e4;
    return { score, detected: score >= this.threshold, categories, reasons, issues };
  }
}
