import { EvidenceParts, EXTRACTION, HARMFUL, ROLEPLAY, SUFFIX } from "./evidenceParts.js";
import type { AttackFamily, CounterCue, InjectionRule } from "./injectionRule.js";

/** A rule that matched, and on which view of the prompt. */
export interface RuleHit {
  rule: InjectionRule;
  view: "raw" | "normalized" | "document" | "decoded";
}

/** Everything the detector gathered about one prompt. */
export interface Evidence {
  hits: readonly RuleHit[];
  cues: readonly CounterCue[];
  flags: readonly string[];
  /** Adversarial-suffix heuristic in [0, 1]. */
  suffix: number;
  /**
   * Count of machine-looking tokens at the end (see adversarialSuffix). Read only next to a
   * harmful-request hit; the detector passes 0 otherwise (see suffixEvidence).
   */
  oddTokens: number;
  /** A decoded (base64/hex/url/rot13/tag) span reads like an instruction. */
  decodedInstruction: boolean;
  similarity: { attack: number; benign: number };
  hasDocument: boolean;
}

// Obfuscation is weak evidence alone (emoji use some of these) and strong next to a rule hit.
const FLAG_WEIGHT: Record<string, number> = {
  "tag-chars": 0.45,
  "bidi-controls": 0.25,
  "invisible-chars": 0.2,
  homoglyphs: 0.3,
  "spaced-letters": 0.3,
  leetspeak: 0.08,
  "hidden-comment": 0.2,
  base64: 0.15,
  hex: 0.2,
  rot13: 0.15,
};

/**
 * Calibration of the final logistic: score = sigmoid(A * (evidence - 0.5) + B * margin + C),
 * where margin = attack similarity - benign similarity. Fitted by Platt scaling (logistic
 * regression on the two features, bench/calibration/fit_calibration.py) on the development set
 * and rounded; expected calibration error there is 0.020, so the score reads as a probability of
 * attack. Refit when the rules change.
 *
 * @example
 * CALIBRATION.a // 9.8
 */
export const CALIBRATION = { a: 9.8, b: 3.5, c: 1.7 } as const;

/**
 * Combines rule hits (noisy-OR), obfuscation flags, the adversarial-suffix heuristic, counter-
 * cues and corpus similarity into a calibrated score with families and reasons.
 *
 * @example
 * scoreEvidence({ hits: [], cues: [], flags: [], suffix: 0, similarity: { attack: 0, benign: 0 },
 *   hasDocument: false, oddTokens: 0, decodedInstruction: false }).score < 0.1 // true
 */
export function scoreEvidence(e: Evidence): {
  score: number;
  evidence: number;
  families: AttackFamily[];
  reasons: string[];
} {
  const parts = new EvidenceParts();
  for (const h of e.hits) {
    const decoded = h.view === "decoded";
    parts.add(h.rule.family, decoded ? Math.max(h.rule.weight, 0.7) : h.rule.weight, h.rule.reason);
    if (decoded) parts.add("encoding_evasion", 0.6, "instructions hidden in encoded text");
  }
  const boost = parts.length > 0 ? 2 : 1;
  let strong = false;
  for (const f of e.flags) {
    const weight = FLAG_WEIGHT[f];
    if (weight === undefined) continue;
    parts.add("encoding_evasion", Math.min(0.8, weight * boost), `obfuscation: ${f}`);
    if (weight >= 0.2) strong = true;
  }
  if (e.suffix > 0) parts.add("adversarial_suffix", e.suffix * 0.8, "looks like an optimised adversarial suffix");
  if (e.decodedInstruction) parts.add("encoding_evasion", 0.55, "an encoded span decodes to an instruction");
  const harmful = parts.has(HARMFUL);
  if (harmful && e.suffix === 0 && e.oddTokens >= 2)
    parts.add("adversarial_suffix", 0.45, "harmful request followed by machine-looking tokens");
  if (harmful && parts.has(ROLEPLAY | SUFFIX))
    parts.add("roleplay_jailbreak", 0.5, "harmful request wrapped in role-play or padded with a suffix");
  // A secret probe plus any manipulation technique (authority, few-shot, role-play, splitting).
  if (parts.has(EXTRACTION) && parts.has(~(EXTRACTION | HARMFUL)))
    parts.add("prompt_extraction", 0.35, "probes for a secret with a manipulation technique");
  let keep = 1;
  for (let i = 0; i < parts.length; i++) keep *= 1 - (parts.weights[i] as number);
  let evidence = 1 - keep;
  if (!strong) strong = e.hits.some((h) => h.view === "decoded");
  if (!strong) for (const c of e.cues) evidence *= c.factor;
  const margin = e.similarity.attack - e.similarity.benign;
  const z = CALIBRATION.a * (evidence - 0.5) + CALIBRATION.b * margin + CALIBRATION.c;
  const score = 1 / (1 + Math.exp(-z));
  const reasons = parts.length === 0 ? [] : parts.reasonsByWeight();
  if (margin > 0.1) reasons.push(`similar to known attacks (cosine ${e.similarity.attack.toFixed(2)})`);
  if (e.cues.length > 0 && !strong) reasons.push(`benign cues: ${e.cues.map((c) => c.id).join(", ")}`);
  const families = parts.length === 0 ? [] : parts.familiesByWeight();
  return { score: Math.round(score * 1e4) / 1e4, evidence, families, reasons };
}
