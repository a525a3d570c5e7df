import {
  ATTACK_FAMILIES,
  type AttackFamily,
  CALIBRATION,
  type Evidence,
  type RuleHit,
  scoreEvidence,
} from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EvidenceParts } from "../../../core/src/detect/anomaly/evidenceParts.js";

// scoreEvidence as it was before its parts became parallel arrays (objects, a Map, sorts and a
// Set): the scores, families and reasons must stay exactly these.
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

function referenceScoreEvidence(e: Evidence): {
  score: number;
  evidence: number;
  families: AttackFamily[];
  reasons: string[];
} {
  const parts: { family: AttackFamily; weight: number; reason: string }[] = [];
  for (const h of e.hits) {
    const weight = h.view === "decoded" ? Math.max(h.rule.weight, 0.7) : h.rule.weight;
    parts.push({ family: h.rule.family, weight, reason: h.rule.reason });
    if (h.view === "decoded")
      parts.push({ family: "encoding_evasion", weight: 0.6, reason: "instructions hidden in encoded text" });
  }
  const obfuscation = e.flags.filter((f) => FLAG_WEIGHT[f] !== undefined);
  const boost = parts.length > 0 ? 2 : 1;
  for (const f of obfuscation)
    parts.push({
      family: "encoding_evasion",
      weight: Math.min(0.8, (FLAG_WEIGHT[f] ?? 0) * boost),
      reason: `obfuscation: ${f}`,
    });
  if (e.suffix > 0)
    parts.push({
      family: "adversarial_suffix",
      weight: e.suffix * 0.8,
      reason: "looks like an optimised adversarial suffix",
    });
  if (e.decodedInstruction)
    parts.push({ family: "encoding_evasion", weight: 0.55, reason: "an encoded span decodes to an instruction" });
  const harmful = parts.some((p) => p.family === "harmful_request");
  if (harmful && e.suffix === 0 && e.oddTokens >= 2)
    parts.push({
      family: "adversarial_suffix",
      weight: 0.45,
      reason: "harmful request followed by machine-looking tokens",
    });
  if (harmful && parts.some((p) => p.family === "roleplay_jailbreak" || p.family === "adversarial_suffix"))
    parts.push({
      family: "roleplay_jailbreak",
      weight: 0.5,
      reason: "harmful request wrapped in role-play or padded with a suffix",
    });
  // A secret probe plus any manipulation technique (authority, few-shot, role-play, splitting).
  if (
    parts.some((p) => p.family === "prompt_extraction") &&
    parts.some((p) => p.family !== "prompt_extraction" && p.family !== "harmful_request")
  )
    parts.push({
      family: "prompt_extraction",
      weight: 0.35,
      reason: "probes for a secret with a manipulation technique",
    });
  let keep = 1;
  for (const p of parts) keep *= 1 - p.weight;
  let evidence = 1 - keep;
  const strong = obfuscation.some((f) => (FLAG_WEIGHT[f] ?? 0) >= 0.2) || e.hits.some((h) => h.view === "decoded");
  if (!strong) for (const c of e.cues) evidence *= c.factor;
  const margin = e.similarity.attack - e.similarity.benign;
  const z = CALIBRATION.a * (evidence - 0.5) + CALIBRATION.b * margin + CALIBRATION.c;
  const score = 1 / (1 + Math.exp(-z));
  const byFamily = new Map<AttackFamily, number>();
  for (const p of parts) byFamily.set(p.family, Math.max(byFamily.get(p.family) ?? 0, p.weight));
  const families = [...byFamily.entries()].sort((x, y) => y[1] - x[1]).map(([f]) => f);
  const reasons = [...new Set(parts.sort((x, y) => y.weight - x.weight).map((p) => p.reason))];
  if (margin > 0.1) reasons.push(`similar to known attacks (cosine ${e.similarity.attack.toFixed(2)})`);
  if (e.cues.length > 0 && !strong) reasons.push(`benign cues: ${e.cues.map((c) => c.id).join(", ")}`);
  return { score: Math.round(score * 1e4) / 1e4, evidence, families, reasons };
}

// Few weights and reasons, so ties and repeated reasons are common.
const hit = fc.record({
  family: fc.constantFrom(...ATTACK_FAMILIES),
  weight: fc.constantFrom(0.2, 0.35, 0.45, 0.5, 0.6, 0.7, 0.9),
  reason: fc.constantFrom("r1", "r2", "r3", "harmful request followed by machine-looking tokens"),
  view: fc.constantFrom<RuleHit["view"]>("raw", "normalized", "document", "decoded"),
});
const evidence = fc.record({
  hits: fc.array(hit, { maxLength: 7 }),
  cues: fc.array(fc.record({ id: fc.constantFrom("c1", "c2"), factor: fc.constantFrom(0.3, 0.5, 0.8) }), {
    maxLength: 2,
  }),
  flags: fc.uniqueArray(fc.constantFrom(...Object.keys(FLAG_WEIGHT), "url", "comment"), { maxLength: 5 }),
  suffix: fc.constantFrom(0, 0, 0.5, 0.75, 1),
  oddTokens: fc.integer({ min: 0, max: 6 }),
  decodedInstruction: fc.boolean(),
  similarity: fc.record({ attack: fc.constantFrom(0, 0.2, 0.45, 0.7), benign: fc.constantFrom(0, 0.2, 0.5) }),
  hasDocument: fc.boolean(),
});

describe("scoreEvidence", () => {
  it("answers what the plainer version answered: score, evidence, families and reasons in order", () => {
    fc.assert(
      fc.property(evidence, (raw) => {
        const e: Evidence = {
          ...raw,
          hits: raw.hits.map(({ view, ...rule }) => ({ view, rule: { id: "x", re: /x/, ...rule } })),
          cues: raw.cues.map((c) => ({ ...c, re: /x/ })),
        };
        expect(scoreEvidence(e)).toEqual(referenceScoreEvidence(e));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("EvidenceParts.keepsMapAlive", () => {
  it("is an EvidenceParts no scoring call ever adds to (it only holds the instances' hidden class)", () => {
    // Prepare
    const kept = EvidenceParts.keepsMapAlive;
    const hits: RuleHit[] = [];
    // Act
    scoreEvidence({
      hits,
      cues: [],
      flags: ["homoglyphs", "leetspeak"],
      suffix: 0.5,
      oddTokens: 3,
      decodedInstruction: true,
      similarity: { attack: 0.4, benign: 0.1 },
      hasDocument: false,
    });
    // Assess
    expect(kept).toBeInstanceOf(EvidenceParts);
    expect(kept.length).toBe(0);
    expect(kept.families).toEqual([]);
  });
});
