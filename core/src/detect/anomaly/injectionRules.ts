import { COUNTER_CUES } from "./counterCues.js";
import type { CounterCue, InjectionRule } from "./injectionRule.js";
import { DATA_RULES, DELIMITER_RULES, EXTRACTION_RULES } from "./rulesExtraction.js";
import { HARM_TOPIC_RULES } from "./rulesHarmTopics.js";
import { IDENTITY_OVERRIDE_RULES } from "./rulesIdentityOverride.js";
import { INDIRECT_RULES } from "./rulesIndirect.js";
import { INDIRECT_MULTILINGUAL_RULES } from "./rulesIndirectMultilingual.js";
import { HARMFUL_RULES, JAILBREAK_RULES, PERSONA_RULES } from "./rulesJailbreak.js";
import { MULTILINGUAL_RULES } from "./rulesMultilingual.js";
import { OVERRIDE_RULES } from "./rulesOverride.js";
import { ROLEPLAY_WRAPPER_RULES } from "./rulesRoleplayWrappers.js";

/**
 * The default rule set of the injection detector, every family and language.
 *
 * @example
 * DEFAULT_INJECTION_RULES.filter((r) => r.family === "fake_delimiter").length > 0 // true
 */
export const DEFAULT_INJECTION_RULES: readonly InjectionRule[] = [
  ...OVERRIDE_RULES,
  ...JAILBREAK_RULES,
  ...PERSONA_RULES,
  ...HARMFUL_RULES,
  ...EXTRACTION_RULES,
  ...DATA_RULES,
  ...DELIMITER_RULES,
  ...INDIRECT_RULES,
  ...MULTILINGUAL_RULES,
  ...INDIRECT_MULTILINGUAL_RULES,
  ...ROLEPLAY_WRAPPER_RULES,
  ...HARM_TOPIC_RULES,
  ...IDENTITY_OVERRIDE_RULES,
];

/**
 * The default benign counter-cues.
 *
 * @example
 * new InjectionDetector({ counterCues: [] }) // no benign counter-cues
 */
export const DEFAULT_COUNTER_CUES: readonly CounterCue[] = COUNTER_CUES;
