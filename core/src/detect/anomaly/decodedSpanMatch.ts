import type { AnchoredRegex } from "./anchoredRegex.js";
import type { AnchorIndex } from "./anchorIndex.js";

// Where each decoded span starts in `decoded.join("\n")`, the text the spans' index indexes.
export function spanOffsets(decoded: readonly string[]): number[] {
  const starts: number[] = [];
  for (let at = 0, k = 0; k < decoded.length; k++) {
    starts.push(at);
    at += (decoded[k] as string).length + 1;
  }
  return starts;
}

/**
 * Whether a rule regex matches one of a prompt's decoded spans: never when the spans' index lacks
 * its anchors. Each span is tried, sticky, at the anchors of the joined spans' index, read as a
 * suffix from the span's start (a scan of every span by every live rule cost ~0.6 us per prompt
 * on average). Every match in a span starts at an anchor of the joined text too (the "\n" before
 * a span is no word character), and anchors past the span's end only cost a failed sticky try. `index`: an `AnchorIndex` of
 * `decoded.join("\n")`; `starts`: `spanOffsets(decoded)`.
 *
 * @example
 * decodedSpanMatch(re, index.scan(decoded.join("\n")), decoded, spanOffsets(decoded)) // some d: re.test(d)
 */
export function decodedSpanMatch(
  re: AnchoredRegex,
  index: AnchorIndex,
  decoded: readonly string[],
  starts: readonly number[],
): boolean {
  if (!re.mayMatch(index)) return false;
  for (let k = 0; k < decoded.length; k++)
    if (re.testShifted(decoded[k] as string, index, starts[k] as number)) return true;
  return false;
}
