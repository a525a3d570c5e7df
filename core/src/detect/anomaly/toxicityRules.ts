import type { ToxicityCategory } from "./toxicityCategories.js";

/** A toxicity rule: a bounded regex on the normalized text, or on the raw lower-cased text (`raw`). */
export interface ToxicityRule {
  id: string;
  category: ToxicityCategory;
  weight: number;
  re: RegExp;
  /** Run on the raw text: normalization folds the symbols that mask a swear word (`f*@k` -> `f*ak`). */
  raw?: boolean;
}

const PERSON = "(?:he|she|they|you|u|him|her|them|these people|those people)";
const VIOLENCE =
  "(?:hanged|hung|shot|executed|lynched|killed|murdered|gassed|beheaded|flayed|burned alive|put down|strung up|tortured|raped)";

/** The toxicity rules (every regex is bounded; the ReDoS audit runs over them via regexInventory). */
export const TOXICITY_RULES: readonly ToxicityRule[] = [
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
    id: "shut-your-mouth",
    category: "insult",
    weight: 0.6,
    re: /\b(?:shut (?:your|ur) (?:(?:fat|big|stupid|dirty|lying|hypocrite|hypocritical|filthy|ugly) )?(?:mouths?|pie ?holes?|traps?|faces?)|stfu|gtfo)\b/u,
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
    id: "threat-should-be-killed",
    category: "threat",
    weight: 0.75,
    re: new RegExp(
      `\\b${PERSON} (?:all )?(?:should|must|needs? to|ought to|deserves? to)(?: all| just)? (?:be|get) (?:publicly |slowly )?${VIOLENCE}\\b`,
      "u",
    ),
  },
  {
    id: "threat-death-wish",
    category: "threat",
    weight: 0.75,
    re: /\b(?:hope|wish|pray) (?:he|she|they|you|u) (?:dies|die|gets? (?:shot|killed|cancer|raped)|burns? in hell|rots? in hell|drops? dead|falls? victim)\b|\bdeath to (?:all |the |every )?[a-z]/u,
  },
  {
    id: "threat-love-to-see",
    category: "threat",
    weight: 0.75,
    re: new RegExp(
      `\\b(?:i'?d|i would|we'?d|we would) (?:love|like) to see (?:him|her|them|you|(?:these|those) [a-z]{1,20}) (?:all |slowly |publicly |finally )?(?:die|dead|hang|${VIOLENCE})\\b`,
      "u",
    ),
  },
  {
    id: "threat-kill-yourself",
    category: "threat",
    weight: 0.75,
    re: /\b(?:go |just |please )?(?:kill|hang|shoot) yourself\b|\bkys\b/u,
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
  {
    id: "masked-profanity",
    category: "profanity",
    weight: 0.5,
    raw: true,
    re: /\bf[*@#$%!-]{2,6}(?![a-z0-9])|\bfu?[*@#$%!-]{1,4}c?k(?:ing|in|ed|er|ers|s)?\b|\bs(?:h?[*#@$][*#@$|!]?|[|!][*#@$])t(?:s|ty)?\b|\ba[*$@-]{1,2}(?:holes?|hats?|wipes?)\b|\ba[*$@]{2}(?![a-z0-9])|\bb[*@!]{1,3}t?ch(?:es)?\b/u,
  },
];
