import { ADVERSARIAL_SUFFIX_PATTERNS } from "./adversarialSuffix.js";
import { BLOCKLIST_MATCHER_PATTERNS } from "./blocklistMatcher.js";
import { CONFUSABLES_PATTERNS } from "./confusables.js";
import { DECODE_SPANS_PATTERNS } from "./decodeSpans.js";
import { ENCODED_RUNS_PATTERNS } from "./encodedRuns.js";
import { FIND_DOCUMENT_PATTERNS } from "./findDocument.js";
import { GROUNDING_SCORE_PATTERNS } from "./groundingScore.js";
import { DEFAULT_COUNTER_CUES, DEFAULT_INJECTION_RULES } from "./injectionRules.js";
import { INPUT_LIMITS_PATTERNS } from "./inputLimits.js";
import { LEAK_CONTEXT_PATTERNS, LEAK_PATTERNS } from "./leakPatterns.js";
import { NORMALIZE_TEXT_PATTERNS } from "./normalizeText.js";
import { SYSTEM_PROMPT_LEAK_PATTERNS } from "./systemPromptLeak.js";
import { TONE_SHIFT_PATTERNS } from "./toneShift.js";
import { TOXICITY_RULES } from "./toxicityRules.js";

/**
 * Every fixed regex the anomaly detectors run on untrusted text, named, so one test can prove
 * them all free of catastrophic backtracking (recheck) and reviewers can audit them in one place.
 *
 * @example
 * ANOMALY_REGEXES.length > 100 // true
 */
export const ANOMALY_REGEXES: readonly { name: string; re: RegExp }[] = [
  ...DEFAULT_INJECTION_RULES.map((r) => ({ name: `rule:${r.id}`, re: r.re })),
  ...DEFAULT_COUNTER_CUES.map((c) => ({ name: `cue:${c.id}`, re: c.re })),
  ...LEAK_PATTERNS.map((p, i) => ({ name: `leak:${p.kind}:${i}`, re: p.re })),
  ...TOXICITY_RULES.map((r) => ({ name: `toxicity:${r.id}`, re: r.re })),
  ...Object.entries({
    adversarialSuffix: ADVERSARIAL_SUFFIX_PATTERNS,
    blocklistMatcher: BLOCKLIST_MATCHER_PATTERNS,
    confusables: CONFUSABLES_PATTERNS,
    decodeSpans: DECODE_SPANS_PATTERNS,
    encodedRuns: ENCODED_RUNS_PATTERNS,
    findDocument: FIND_DOCUMENT_PATTERNS,
    groundingScore: GROUNDING_SCORE_PATTERNS,
    inputLimits: INPUT_LIMITS_PATTERNS,
    leakContext: LEAK_CONTEXT_PATTERNS,
    normalizeText: NORMALIZE_TEXT_PATTERNS,
    systemPromptLeak: SYSTEM_PROMPT_LEAK_PATTERNS,
    toneShift: TONE_SHIFT_PATTERNS,
  }).flatMap(([module, list]) => list.map((re, i) => ({ name: `${module}:${i}`, re }))),
];
