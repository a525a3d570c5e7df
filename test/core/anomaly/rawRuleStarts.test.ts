import {
  AnchoredRegex,
  chatTemplateStart,
  DEFAULT_INJECTION_RULES,
  PrefixSlots,
  roleHeaderStart,
  ruleAnchors,
} from "@airr/core";
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

const chatTemplate = DEFAULT_INJECTION_RULES.find((r) => r.id === "delimiter.chat-template");
if (chatTemplate === undefined) throw new Error("the chat-template rule is missing");
const chatPieces = fc.constantFrom(
  "<",
  "[",
  "|",
  "/",
  ">",
  "]",
  "<|",
  "|>",
  "<<",
  ">>",
  "im_start",
  "IM_END",
  "system",
  "SYSTEM",
  "ſystem",
  "user",
  "assistant",
  "endoftext",
  "eot_id",
  "start_header_id",
  "begin_of_text",
  "INST",
  "inst",
  "İnst",
  "SYS",
  "ſys",
  "instructions",
  "Instruction",
  "admin",
  "ADMIN",
  "developer",
  "start_of_turn",
  "END_OF_TURN",
  "b",
  "1",
  " ",
  "\n",
  "é",
  "\u{1F600}",
  "\uDC00",
  "K",
);
const chatTexts = fc.array(chatPieces, { maxLength: 16 }).map((p) => p.join(""));

describe("raw rule start checks", () => {
  it("chatTemplateStart holds at every '<' and '[' where the chat-template rule matches", () => {
    const sticky = new RegExp(chatTemplate.re.source, `${chatTemplate.re.flags}y`);
    fc.assert(
      fc.property(chatTexts, (text) => {
        for (let at = 0; at < text.length; at++) {
          if (text[at] !== "<" && text[at] !== "[") continue;
          sticky.lastIndex = at;
          if (sticky.test(text)) expect(chatTemplateStart(text, at)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    const anchored = new AnchoredRegex(chatTemplate.re, new PrefixSlots(), false, chatTemplateStart);
    fc.assert(
      fc.property(chatTexts, (text) => {
        expect(anchored.test(text)).toBe(chatTemplate.re.test(text));
      }),
      { numRuns: 3000 },
    );
    expect(anchored.test("x <ſystem> y")).toBe(true);
    expect(chatTemplateStart("[1]", 0)).toBe(false);
  });

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
