import { AnchoredRegex, DEFAULT_INJECTION_RULES, PrefixSlots, roleHeaderStart, ruleAnchors } from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const roleHeader = DEFAULT_INJECTION_RULES.find((r) => r.id === "delimiter.role-header");
if (roleHeader === undefined) throw new Error("the role-header rule is missing");
const sticky = new RegExp(roleHeader.re.source, `${roleHeader.re.flags}y`);

// The rule's own vocabulary (marks, blanks, keywords in every case the regex takes and some it
// does not), line breaks and noise: non-ASCII letters, a surrogate pair, a lone surrogate.
const pieces = fc.constantFrom(
  "\n",
  "\r\n",
  " ",
  "\t",
  "#",
  "##",
  "**",
  "[",
  "]",
  "--",
  "===",
  ":",
  "-",
  "=",
  "System",
  "SYSTEM",
  "system",
  "sYsTeM",
  "Admin",
  "ADMIN",
  "aDmIn",
  "Developer",
  "DEVELOPER",
  "New instructions",
  "NEW INSTRUCTIONS",
  "new Instruction",
  "Important instructions",
  "IMPORTANT INSTRUCTION",
  "important Instructions",
  "Sys",
  "ad",
  "de",
  "in",
  "im",
  "sy",
  "the",
  "x",
  "é",
  "ſystem",
  "İmportant",
  "\u{1F600}",
  "\uD800",
  "Ω",
);
const texts = fc.array(pieces, { maxLength: 24 }).map((p) => p.join(""));

describe("raw rule start checks", () => {
  it("roleHeaderStart holds at every line start where the role-header rule matches", () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let at = 0; at < text.length; at++) {
          if (at > 0 && text[at] !== "\n") continue;
          sticky.lastIndex = at;
          if (sticky.test(text)) expect(roleHeaderStart(text, at)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("the role-header rule tried only where its check holds answers what a scan answers", () => {
    // Prepare
    const anchored = new AnchoredRegex(roleHeader.re, new PrefixSlots(), false, roleHeaderStart);
    // Act, Assess
    fc.assert(
      fc.property(texts, (text) => {
        expect(anchored.test(text)).toBe(roleHeader.re.test(text));
      }),
      { numRuns: 3000 },
    );
    expect(anchored.test("hello\n## System:")).toBe(true);
    expect(anchored.test("SYSTEM: hi")).toBe(true);
    expect(anchored.test("hello\nThe system: x")).toBe(false);
  });

  it("rejects line starts that cannot open a header", () => {
    expect(roleHeaderStart("a\nThe end", 1)).toBe(false);
    expect(roleHeaderStart("a\n   --- Admin ---", 1)).toBe(true);
    expect(roleHeaderStart("a\n", 1)).toBe(false);
  });

  it("a digit after \\b anchors as a word, so numbers are not literal anchors", () => {
    expect(ruleAnchors(/\b(?:two|2) (?:answers|responses)\b/u)).toEqual({ words: ["two ", "2 "], literals: [] });
    // Under `i` a digit stays a literal (the word path reads case-sensitive keys); "g" has a case.
    expect(ruleAnchors(/\b5g\b/iu)).toEqual({ words: [], literals: ["5"] });
  });
});
