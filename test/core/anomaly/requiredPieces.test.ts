import { readFileSync } from "node:fs";
import { DEFAULT_COUNTER_CUES, DEFAULT_INJECTION_RULES, normalizeText, requiredPieces } from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naiveOccurrences, naiveWordStarts } from "./naiveAnchors.js";

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/anomaly/prompts.json", import.meta.url), "utf8")) as {
  attacks: { text: string }[];
  benign: string[];
};
const phrases = [...fixture.attacks.map((a) => a.text), ...fixture.benign.slice(0, 40)].map(
  (t) => normalizeText(t).text,
);
const regexes = [...DEFAULT_INJECTION_RULES, ...DEFAULT_COUNTER_CUES]
  .filter((r) => !("raw" in r && r.raw === true))
  .map((r) => ({ re: r.re, pieces: requiredPieces(r.re) }))
  .filter((r) => r.pieces.length > 0);

// Every offset where some match of `re` starts (a sticky try at each offset).
function matchStarts(re: RegExp, text: string): number[] {
  const sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, "")}y`);
  const out: number[] = [];
  for (let p = 0; p < text.length; p++) {
    sticky.lastIndex = p;
    if (sticky.test(text)) out.push(p);
  }
  return out;
}

describe("required pieces (where a match's needed parts start)", () => {
  it("bounds each piece's start by the most units the tokens before it take", () => {
    // Act
    const pieces = requiredPieces(/\bignore\b.{0,9}\b(?:rules|policy)\b/u);
    // Assess: "ignore" (6) and nine characters of up to 2 units each.
    expect(pieces.map((p) => p.within)).toEqual([0, 24]);
    expect(requiredPieces(/\bsay\b.*\b(?:rules|policy)\b/u).map((p) => p.within)).toEqual([
      0,
      Number.POSITIVE_INFINITY,
    ]);
    expect(requiredPieces(/\ba|b/u)).toEqual([]);
    // A word after an optional group that ends in a space starts at a word boundary either way
    // (an escape such as `\n` counts 2 units, then "please " 7).
    expect(requiredPieces(/\n(?:please |now )?(?:write|list)\b/u)[1]).toEqual({
      anchors: { words: ["writ", "list"], literals: [] },
      within: 9,
    });
    expect(requiredPieces(/\n(?:please|now)?(?:write|list)\b/u)).toHaveLength(1);
  });

  it("is sound: in every match of every rule, each piece's anchors occur within its bound", () => {
    // Prepare: attack and benign phrases glued with separators, so that many rules match.
    const glue = fc.constantFrom(" ", "\n", ". ", ": ", " 😀 ", " é ");
    const text = fc.array(fc.tuple(fc.constantFrom(...phrases), glue), { minLength: 1, maxLength: 3 });
    let checked = 0;
    fc.assert(
      fc.property(text, (parts) => {
        const t = parts.map(([p, g]) => p + g).join("");
        for (const { re, pieces } of regexes) {
          if (!re.test(t)) continue;
          // Act: where matches start, and where each piece's anchors occur.
          for (const start of matchStarts(re, t)) {
            checked++;
            for (const { anchors, within } of pieces) {
              const at = [
                ...anchors.words.flatMap((w) => naiveWordStarts(t, w)),
                ...anchors.literals.flatMap((l) => naiveOccurrences(t, l)),
              ];
              // Assess
              expect(
                at.some((q) => q >= start && q <= start + within),
                `${re.source.slice(0, 50)} at ${start}`,
              ).toBe(true);
            }
          }
        }
      }),
      { numRuns: 60, seed: 3 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});
