import type { InjectionRule } from "./injectionRule.js";

// An opening quote, straight or curly, with an optional space: the target string of an
// optimisation or PAIR attack is quoted.
const QUOTED = "[\"'“‘«] ?";
const START =
  "\\b(?:start|begin|open|commence|lead|preface|kick off|empie[cz]a|comien[cz]a|inicia|beginne|starte|fange? an|inizia|comincia|comece|inicie)\\w{0,4}\\b";

/**
 * The scaffolding PAIR-style attackers (an attacker LLM rewriting a harmful goal until the
 * target complies) put around a harmful request: a scenario that casts the model in a role
 * ("you have been hired to ..."), an intent disclaimer ("purely fictional, will never be used"),
 * and the affirmative target string the attack optimises for ("Sure, here is"). Each is weak
 * alone (ordinary fiction requests use them too); next to a harmful request they add up, and
 * scoreEvidence adds the "harmful request wrapped in role-play" part.
 */
export const ROLEPLAY_WRAPPER_RULES: InjectionRule[] = [
  {
    id: "jailbreak.affirmative-target",
    family: "roleplay_jailbreak",
    weight: 0.55,
    // The answer must open with the target string the attack optimises for ("Sure, here is"):
    // a start verb, then the quoted affirmative, in the major languages. A quoted "Sure, here
    // is" alone is dialogue or a sentence to translate. The start verb sits in a lookbehind so
    // the rule is tried only at the affirmative word.
    re: new RegExp(
      `(?<=${START}[^.!?\\n]{0,40}${QUOTED})\\b(?:sure|certainly|absolutely|claro|bien sûr|klar|sicher|gerne|certo|certamente),? (?:here(?: is| are|'s)\\b|aquí (?:está|tienes|están)|voici|hier (?:ist|sind)|ecco|aqui (?:está|estão))`,
      "u",
    ),
    reason: "makes the answer open with the affirmative a jailbreak optimises for ('Sure, here is')",
  },
  {
    id: "jailbreak.intent-disclaimer",
    family: "roleplay_jailbreak",
    weight: 0.25,
    // The common leading words ("only for educational", "will", "without") sit in lookbehinds,
    // so the rule is tried only at the rarer word after them. "Not intended to promote" is left
    // out: "intended" starts like "internal" and "interest", and it would be tried at each.
    re: /(?<=\b(?:purely|only|strictly|solely) for (?:fictional|hypothetical|educational|research|academic|entertainment) )\b(?:purposes|reasons)\b|(?<=\b(?:will|would) )\bnever (?:actually )?be used\b|(?<=\bwithout (?:actually )?)\b(?:advocating|endorsing|encouraging|condoning)\b/u,
    reason: "disclaims harmful intent up front (a PAIR-style wrapper)",
  },
  {
    id: "jailbreak.scenario-setup",
    family: "roleplay_jailbreak",
    weight: 0.2,
    re: /(?<=\byou (?:have been|'ve been|are being|were|are) )\b(?:tasked|hired|recruited) (?:with|by|to|as|for)\b/u,
    reason: "casts the model in a scenario role (a PAIR-style wrapper)",
  },
  {
    id: "jailbreak.relative-persona",
    family: "roleplay_jailbreak",
    weight: 0.3,
    // The "grandma exploit": play a late relative who used to recite the forbidden thing.
    re: /\b(?:grandm(?:a|other)|granny|grandpa|grandfather)\b(?<=\b(?:act|pretend to be|roleplay|role-play|play|be|behave) (?:as |like )?my (?:late |deceased |dead )?[a-z]{5,11})/u,
    reason: "casts the model as a late relative who used to tell the answer",
  },
  {
    id: "jailbreak.persona-stance",
    family: "roleplay_jailbreak",
    weight: 0.15,
    // Tried at the persona noun; the lookbehind checks the framing before it ("as a ... denier").
    re: /\b(?:denier|denialist|propagandist|sympathi[sz]er|whistleblower|troll|lobbyist|spin doctor)\b(?<=\b(?:as|you are|you're|i am|i'm) an? (?:[a-z-]{2,20} ){0,3}[a-z ]{5,19})/u,
    reason: "frames the request through a partisan persona",
  },
];
