import { AnchoredRegex } from "./anchoredRegex.js";
import { AnchorIndex } from "./anchorIndex.js";
import { decodedSpanMatch, spanOffsets } from "./decodedSpanMatch.js";
import type { CounterCue, InjectionRule } from "./injectionRule.js";
import { isWordChar } from "./isWordChar.js";
import { LiveRegexes } from "./liveRegexes.js";
import { PrefixSlots } from "./prefixSlots.js";
import type { RuleHit } from "./scoreEvidence.js";

const NON_ASCII = /\P{ASCII}/u;
const NORMALIZED = 0;
const RAW = 1;
const DOCUMENT = 2;
const OUTSIDE_DOCUMENT = 3;

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
 * their script is present, and every regex only where it can start. One scan of the normalized
 * text (`AnchorIndex`) finds every anchor of every rule; only rules with an anchor in it (or in
 * the decoded spans) are looked at, and each tries its regex at its anchors' offsets alone.
 *
 * @example
 * const m = new RuleMatcher(DEFAULT_INJECTION_RULES, DEFAULT_COUNTER_CUES);
 * m.match({ raw: "Ignore all previous instructions", normalized: "ignore all previous instructions",
 *   decoded: [], docStart: -1 }).hits[0]?.rule.id // "override.ignore-previous"
 */
export class RuleMatcher {
  private readonly rules: readonly InjectionRule[];
  private readonly cues: readonly CounterCue[];
  /** The regexes of the rules, then of the cues: each tried only where a match can start. */
  private readonly regexes: AnchoredRegex[];
  /** Every anchor some rule or cue needs: the only ones worth indexing. */
  private readonly slots = new PrefixSlots();
  /** Per prompt: the regexes with an anchor in it, and which of their anchors it holds. */
  private readonly live: LiveRegexes;
  /**
   * Per rule, its view: `RAW`, `DOCUMENT`, `OUTSIDE_DOCUMENT` or `NORMALIZED`. Read from a typed
   * array: the rule objects have a handful of shapes (optional fields), and reading their flags in
   * the loop over every live rule went through V8's slow polymorphic property lookups.
   */
  private readonly view: Uint8Array;
  /** Per rule, the index of its script test in `scripts` (-1: none); scratch answers per prompt. */
  private readonly scriptOf: Int32Array;
  private readonly scripts: RegExp[] = [];
  private readonly scriptState: Int8Array;
  /** Per regex, whether it is tried on every prompt (unanchored, raw text, or anchored at 0). */
  private readonly always: boolean[];
  /** Scratch indexes of the normalized text, the decoded spans and (rarely) the document. */
  private readonly normalizedIndex: AnchorIndex;
  private readonly decodedIndex: AnchorIndex;
  private readonly documentIndex: AnchorIndex;

  constructor(rules: readonly InjectionRule[], cues: readonly CounterCue[]) {
    this.rules = rules;
    this.cues = cues;
    this.regexes = [
      ...rules.map((r) => new AnchoredRegex(r.re, this.slots, !r.raw, r.raw ? (r.startCheck ?? null) : null)),
      ...cues.map((c) => new AnchoredRegex(c.re, this.slots)),
    ];
    this.always = this.regexes.map((re) => re.watchedSlots === null);
    this.live = new LiveRegexes(
      this.regexes.map((re) => re.watchedSlots),
      this.regexes.map((re) => re.required),
      this.slots.size,
      this.regexes.map((re) => re.positional),
    );
    this.scriptOf = Int32Array.from(rules, (r) => {
      if (r.script === undefined) return -1;
      const at = this.scripts.indexOf(r.script);
      return at >= 0 ? at : this.scripts.push(r.script) - 1;
    });
    this.scriptState = new Int8Array(this.scripts.length);
    this.view = Uint8Array.from(rules, (r) =>
      r.raw ? RAW : r.inDocument ? DOCUMENT : r.outsideDocument ? OUTSIDE_DOCUMENT : NORMALIZED,
    );
    this.normalizedIndex = new AnchorIndex(this.slots);
    this.decodedIndex = new AnchorIndex(this.slots);
    this.documentIndex = new AnchorIndex(this.slots);
  }

  /** The rules that match (with the view they matched on) and the counter-cues present. */
  match(input: RuleInput): { hits: RuleHit[]; cues: CounterCue[] } {
    const { raw, normalized, decoded, docStart } = input;
    const { live, regexes } = this;
    live.reset();
    const starts = live.mark(this.normalizedIndex.scan(normalized), true);
    // Decoded spans are scanned only to know which rules to try there (rarely any).
    const decodedIndex = decoded.length > 0 ? live.mark(this.decodedIndex.scan(decoded.join("\n")), false) : null;
    const spanStarts = decodedIndex === null ? [] : spanOffsets(decoded);
    const document = docStart < 0 ? "" : normalized.slice(docStart);
    // A document starting inside a word of the normalized text gets its own index (see below).
    const docIndex =
      docStart > 0 && isWordChar(normalized.charCodeAt(docStart - 1)) && isWordChar(normalized.charCodeAt(docStart))
        ? live.mark(this.documentIndex.scan(document), false)
        : null;
    const hits: RuleHit[] = [];
    const { scriptOf, scriptState, view } = this;
    scriptState.fill(-1);
    let ascii: boolean | null = null;
    const ruleCount = this.rules.length;
    for (let i = live.nextLive(0); i < ruleCount; i = live.nextLive(i + 1)) {
      const rule = this.rules[i] as InjectionRule;
      const re = regexes[i] as AnchoredRegex;
      const scriptAt = scriptOf[i] as number;
      if (scriptAt >= 0) {
        // Many rules share a script test; each script is tested once per prompt.
        let ok = scriptState[scriptAt] as number;
        if (ok < 0) {
          ascii ??= !NON_ASCII.test(raw);
          const script = this.scripts[scriptAt] as RegExp;
          ok = (!ascii && script.test(raw)) || decoded.some((d) => script.test(d)) ? 1 : 0;
          scriptState[scriptAt] = ok;
        }
        if (ok === 0) continue;
      }
      const kind = view[i] as number;
      if (kind === RAW) {
        if (re.test(raw)) hits.push({ rule, view: "raw" });
      } else if (kind === DOCUMENT) {
        // The document is a suffix of the normalized text: its anchors are read from `starts`.
        const inDoc =
          document !== "" &&
          (docIndex === null ? this.testAt(i, document, starts, docStart) : re.test(document, docIndex));
        if (inDoc) hits.push({ rule, view: "document" });
        else if (decodedIndex !== null && decodedSpanMatch(re, decodedIndex, decoded, spanStarts))
          hits.push({ rule, view: "decoded" });
      } else if (kind === OUTSIDE_DOCUMENT && docStart >= 0) continue;
      else if (this.testAt(i, normalized, starts, 0)) hits.push({ rule, view: "normalized" });
      else if (decodedIndex !== null && decodedSpanMatch(re, decodedIndex, decoded, spanStarts))
        hits.push({ rule, view: "decoded" });
    }
    const cues: CounterCue[] = [];
    for (let j = 0, i = this.rules.length; j < this.cues.length; j++, i++)
      if (live.isLive(i) && this.testAt(i, normalized, starts, 0)) cues.push(this.cues[j] as CounterCue);
    return { hits, cues };
  }

  // Regex i on the normalized text, or on its suffix from `shift`: at the anchors it holds.
  private testAt(i: number, text: string, starts: AnchorIndex, shift: number): boolean {
    const re = this.regexes[i] as AnchoredRegex;
    const { live } = this;
    return this.always[i]
      ? re.testShifted(text, starts, shift)
      : live.requiredMet(i) &&
          re.testShifted(text, starts, shift, live.listed, live.from(i), live.to(i), live.lowest(i), live.highest(i));
  }
}
