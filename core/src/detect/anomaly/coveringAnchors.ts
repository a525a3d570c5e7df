import type { RuleAnchors } from "./rulePrefilter.js";

/**
 * The same anchors without the ones another anchor already covers: a literal that starts with
 * another literal ("<|" after "<") occurs only where that one does, and a word anchor that extends
 * another word prefix ("you " or "your" after "yo") starts only where that one does. A regex tried
 * at every offset of the rest is tried at every offset it was before, and at each one once
 * instead of once per anchor found there.
 *
 * @example
 * coveringAnchors({ words: ["yo", "you ", "igno"], literals: ["<", "<|", "[["] })
 * // { words: ["yo", "igno"], literals: ["<", "[["] }
 */
export function coveringAnchors(anchors: RuleAnchors): RuleAnchors {
  const prefixes = anchors.words.filter((w) => !w.endsWith(" "));
  const out: RuleAnchors = {
    words: anchors.words.filter((w) => !prefixes.some((p) => p !== w && w.startsWith(p))),
    literals: anchors.literals.filter((l) => !anchors.literals.some((p) => p !== l && l.startsWith(p))),
  };
  if (anchors.start === true) out.start = true;
  return out;
}
