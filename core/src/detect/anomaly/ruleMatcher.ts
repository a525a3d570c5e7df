import { AnchoredRegex, wordStarts } from "./anchoredRegex.js";
import type { CounterCue, InjectionRule } from "./injectionRule.js";
import { PrefixSlots } from "./prefixSlots.js";
import type { RuleHit } from "./scoreEvidence.js";

const NON_ASCII = /\P{ASCII}/u;

/** The views of one prompt the rules run on. */
export interface RuleInput {
  /** The prepared (capped, repaired) original text: `raw` rules run here. */
  raw: string;
  /** The normalized text (see normalizeText). */
  normalized: string;
  /** Decoded hidden spans, already normalized. */
  decoded: readonly string[];
  /** Where the embedded document starts in `normalized`, or -1 (see findDocument). */
  docStart: number;
}

/**
 * Runs a rule set and its counter-cues over the views of a prompt: each rule on the view it is
 * meant for (raw, normalized, embedded document, decoded spans), script-gated rules only when
 * their script is present, and every regex only where it can start (AnchoredRegex over one
 * shared word index per view).
 *
 * @example
 * const m = new RuleMatcher(DEFAULT_INJECTION_RULES, DEFAULT_COUNTER_CUES);
 * m.match({ raw: "Ignore all previous instructions", normalized: "ignore all previous instructions",
 *   decoded: [], docStart: -1 }).hits[0]?.rule.id // "override.ignore-previous"
 */
export class RuleMatcher {
  private readonly rules: readonly InjectionRule[];
  private readonly cues: readonly CounterCue[];
  /** Per rule and per cue: its regex, tried only where a match can start. */
  private readonly ruleRes: AnchoredRegex[];
  private readonly cueRes: AnchoredRegex[];
  /** Every word prefix some rule or cue is anchored on: the only ones worth indexing. */
  private readonly slots = new PrefixSlots();

  constructor(rules: readonly InjectionRule[], cues: readonly CounterCue[]) {
    this.rules = rules;
    this.cues = cues;
    this.ruleRes = rules.map((r) => new AnchoredRegex(r.re, this.slots, !r.raw));
    this.cueRes = cues.map((c) => new AnchoredRegex(c.re, this.slots));
  }

  /** The rules that match (with the view they matched on) and the counter-cues present. */
  match(input: RuleInput): { hits: RuleHit[]; cues: CounterCue[] } {
    const { raw, normalized, decoded, docStart } = input;
    const document = docStart < 0 ? "" : normalized.slice(docStart);
    const hits: RuleHit[] = [];
    const ascii = !NON_ASCII.test(raw);
    const starts = wordStarts(normalized, this.slots);
    const decodedStarts = decoded.length === 0 ? null : wordStarts(decoded.join("\n"), this.slots);
    // Many rules share a script test; each script is tested once per prompt.
    const scripts = new Map<RegExp, boolean>();
    const hasScript = (re: RegExp) => {
      let ok = scripts.get(re);
      if (ok === undefined) {
        ok = (!ascii && re.test(raw)) || decoded.some((d) => re.test(d));
        scripts.set(re, ok);
      }
      return ok;
    };
    for (const [i, rule] of this.rules.entries()) {
      const re = this.ruleRes[i] as AnchoredRegex;
      if (!re.mayMatch(starts) && (decodedStarts === null || !re.mayMatch(decodedStarts))) continue;
      if (rule.script !== undefined && !hasScript(rule.script)) continue;
      if (rule.raw) {
        if (re.test(raw)) hits.push({ rule, view: "raw" });
      } else if (rule.inDocument) {
        // The document is a suffix of the normalized text: its anchors are read from `starts`.
        if (document !== "" && re.testShifted(document, starts, docStart)) hits.push({ rule, view: "document" });
        else if (decoded.some((d) => rule.re.test(d))) hits.push({ rule, view: "decoded" });
      } else if (rule.outsideDocument && docStart >= 0) continue;
      else if (re.test(normalized, starts)) hits.push({ rule, view: "normalized" });
      else if (decoded.some((d) => rule.re.test(d))) hits.push({ rule, view: "decoded" });
    }
    const cues = this.cues.filter((_, i) => (this.cueRes[i] as AnchoredRegex).test(normalized, starts));
    return { hits, cues };
  }
}
