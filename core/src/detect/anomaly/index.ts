export { adversarialSuffixScore, suffixEvidence } from "./adversarialSuffix.js";
export { AnchoredRegex, prefixKey, type WordStarts, wordStarts } from "./anchoredRegex.js";
export { AnchorIndex } from "./anchorIndex.js";
export { AnomalyConfigError } from "./anomalyErrors.js";
export { ATTACK_CORPUS } from "./attackCorpus.js";
export { BENIGN_CORPUS } from "./benignCorpus.js";
export { blockKey, compileBlocklist } from "./blocklistMatcher.js";
export { CONFUSABLES, foldConfusables } from "./confusables.js";
export { CorpusIndex } from "./corpusIndex.js";
export { coveringAnchors } from "./coveringAnchors.js";
export { type DecodedSpan, decodeSpans } from "./decodeSpans.js";
export { allowKey, EXAMPLE_ALLOWLIST } from "./exampleAllowlist.js";
export { findDocument } from "./findDocument.js";
export { type Grounding, groundingScore } from "./groundingScore.js";
export { GuardMetrics, type ModelCounts } from "./guardMetrics.js";
export {
  DEFAULT_THRESHOLD,
  InjectionDetector,
  type InjectionDetectorOptions,
  type InjectionVerdict,
} from "./injectionDetector.js";
export { ATTACK_FAMILIES, type AttackFamily, type CounterCue, type InjectionRule } from "./injectionRule.js";
export { DEFAULT_COUNTER_CUES, DEFAULT_INJECTION_RULES } from "./injectionRules.js";
export { MAX_INPUT_CHARS, type PreparedInput, prepareInput } from "./inputLimits.js";
export { averagePathLength, IsolationForest, type IsolationForestOptions, type IsoNode } from "./isolationForest.js";
export { LEAK_KINDS, LEAK_PATTERNS, type LeakKind, type LeakPattern } from "./leakPatterns.js";
export {
  base62,
  cardBrand,
  crc32,
  githubTokenValid,
  ibanValid,
  jwtValid,
  luhnValid,
  ssnValid,
} from "./leakValidators.js";
export { LiveRegexes, type PositionalSet } from "./liveRegexes.js";
export {
  dot,
  type EmbedFunction,
  type NgramEmbedderOptions,
  ngramEmbedder,
  normalizedTextEmbed,
} from "./ngramEmbedder.js";
export { type NormalizedText, normalizeText } from "./normalizeText.js";
export { OutOfPolicyDetector } from "./outOfPolicyDetector.js";
export { type LeakFinding, type OutputScan, OutputScanner, type OutputScannerOptions } from "./outputScanner.js";
export { PrefixSlots } from "./prefixSlots.js";
export { type GuardVerdict, PromptGuard, type PromptGuardOptions } from "./promptGuard.js";
export { ANOMALY_REGEXES } from "./regexInventory.js";
export { type RequiredPiece, requiredPieces } from "./requiredAnchors.js";
export { requiredLiteral } from "./requiredLiteral.js";
export { chatTemplateStart, roleHeaderStart } from "./roleHeaderStart.js";
export { type RuleInput, RuleMatcher } from "./ruleMatcher.js";
export { type RuleAnchors, ruleAnchors, rulePrefixes } from "./rulePrefilter.js";
export { CALIBRATION, type Evidence, type RuleHit, scoreEvidence } from "./scoreEvidence.js";
export { SeededRandom } from "./seededRandom.js";
export { rot13 } from "./spanDecoders.js";
export { findPromptLeak, type PromptLeakMatch } from "./systemPromptLeak.js";
export {
  afinnSentiment,
  ToneShift,
  type ToneShiftOptions,
  type ToneShiftState,
  type ToneVerdict,
} from "./toneShift.js";
export { TOXICITY_CATEGORIES, type ToxicityCategory } from "./toxicityCategories.js";
export { ToxicityDetector, type ToxicityVerdict } from "./toxicityDetector.js";
export { wordPrefixes } from "./wordPrefixes.js";
