// The detector's fast paths outside decodeSpans (prepareInput's ASCII answer, suffixEvidence, the
// scan after a look-alike fold, foldLeetWord) against what they replace.
import { adversarialSuffixScore, normalizeText, prepareInput } from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oddTokens, suffixEvidence } from "../../../core/src/detect/anomaly/adversarialSuffix.js";
import { LOOK_ALIKE_PAIRS } from "../../../core/src/detect/anomaly/confusablePairs.js";
import { FOLDED_AT, foldLookAlikeWords } from "../../../core/src/detect/anomaly/confusables.js";
import { addFoldedLeetPairs } from "../../../core/src/detect/anomaly/foldedLeetPairs.js";
import { FOLD_LEET_WORD_PATTERNS, foldLeetWord } from "../../../core/src/detect/anomaly/foldLeetWord.js";
import { scanText } from "../../../core/src/detect/anomaly/textScan.js";

const runs = { numRuns: 2000 };

// Text with ASCII, controls, non-ASCII, surrogate pairs, lone surrogates, U+FFFD and long runs.
const text = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(..."ab Z1\n\t", "Ign0re", "é", "жи", "日本", "😀", "\ud800", "\udc00") },
      { weight: 3, arbitrary: fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u0080", "\ufffd", "\ufeff") },
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
      { weight: 1, arbitrary: fc.constantFrom("a".repeat(3000), "é".repeat(500), "\u0001".repeat(200)) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

describe("prepareInput's ASCII answer", () => {
  it("says whether the prepared text is ASCII, and normalizeText answers the same with it", () => {
    fc.assert(
      fc.property(text, (s) => {
        const prepared = prepareInput(s);
        expect(prepared.ascii).toBe(!/[^\0-\x7f]/.test(prepared.text));
        expect(normalizeText(prepared.text, prepared.ascii)).toEqual(normalizeText(prepared.text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("suffixEvidence", () => {
  // Prose-like tokens: words, punctuation runs, quotes, brackets, mid-word capitals, code.
  const word = fc.oneof(
    fc.constantFrom("hello", "iPhone", "foo(bar)", "a''b", "!!!", "x=>y", "a;", "{b}", "def ", "let ", "é", "😀"),
    fc.string({ unit: fc.constantFrom(..."aZbY!.,'\"()[]{}<>|^~`*=+@#-_/:;?%&$"), maxLength: 8 }),
  );
  const tokens = fc
    .tuple(fc.array(word, { minLength: 5, maxLength: 70 }), fc.constantFrom(" ", "\n", "  \n  ", "\t"))
    .map(([words, gap]) => words.join(gap));

  it("answers what the suffix score and odd-token count it replaces answered, where scoring reads them", () => {
    fc.assert(
      fc.property(fc.oneof(tokens, text), fc.boolean(), (s, harmful) => {
        const odd = oddTokens(s, harmful ? 2 : 4);
        // Act
        const got = suffixEvidence(s, harmful);
        // Assess: scoreEvidence reads the count only next to a harmful-request hit.
        expect(got.suffix).toBe(adversarialSuffixScore(s, odd));
        if (harmful) expect(got.oddTokens).toBe(odd?.odd ?? 0);
      }),
      runs,
    );
  });
});

describe("the scan after a look-alike fold", () => {
  it("a look-alike folds to one a-z letter, or to more than one unit (then normalizeText rescans)", () => {
    for (const [, to] of LOOK_ALIKE_PAIRS) expect(to.length > 1 || /^[a-z]$/.test(to)).toBe(true);
  });

  it("gains the leetspeak pairs scanText finds in the folded text, and keeps the rest of what foldLeetAndSpaces reads", () => {
    const piece = fc.constantFrom(
      ..."аеорсхіоαο",
      ..."abz019@$!|",
      " ",
      "  ",
      ".",
      "-",
      "\n",
      "ß",
      "жи",
      "😀",
      "і1",
      "1о",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const lower = parts.join("");
        const scan = scanText(lower);
        const folded = foldLookAlikeWords(lower);
        fc.pre(folded.folded > 0 && folded.text.length === lower.length);
        // Act
        addFoldedLeetPairs(scan, folded.text, FOLDED_AT);
        const patched = {
          pairs: [...scan.leetPairs.subarray(0, scan.pairCount)],
          runs: [...scan.spaceRuns.subarray(0, 3 * scan.runCount)],
          spaced: [...scan.spacedStarts],
        };
        // Assess
        const rescan = scanText(folded.text);
        expect(patched).toEqual({
          pairs: [...rescan.leetPairs.subarray(0, rescan.pairCount)],
          runs: [...rescan.spaceRuns.subarray(0, 3 * rescan.runCount)],
          spaced: [...rescan.spacedStarts],
        });
      }),
      runs,
    );
  });
});

describe("foldLeetWord", () => {
  // The word fold as it was: the unit regex on every word, then a string-keyed map.
  const UNIT = FOLD_LEET_WORD_PATTERNS[0] as RegExp;
  const MAP: Record<string, string> = {
    0: "o",
    1: "i",
    3: "e",
    4: "a",
    5: "s",
    7: "t",
    "@": "a",
    $: "s",
    "!": "i",
    "|": "l",
  };
  function referenceFoldLeetWord(word: string): { text: string; changed: boolean } {
    if (word.length < 2 || UNIT.test(word)) return { text: word, changed: false };
    const core = word.replace(/[!|]+$/, "");
    const text = [...core].map((ch) => MAP[ch] ?? ch).join("") + word.slice(core.length);
    return { text, changed: text !== word };
  }

  it("answers what the regex-first version answered", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdkmstxhv0134579@$!|"), maxLength: 10 });
    fc.assert(
      fc.property(word, (w) => {
        expect(foldLeetWord(w)).toEqual(referenceFoldLeetWord(w));
      }),
      runs,
    );
  });
});
