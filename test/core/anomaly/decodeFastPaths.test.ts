// decodeSpans' fast paths (the scan's cues, the rot13 cue, the base64 head check and runs)
// against what they replace.
import { decodeSpans } from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodedRuns } from "../../../core/src/detect/anomaly/encodedRuns.js";
import { fromBase64, readablePrefix, unreadableHead } from "../../../core/src/detect/anomaly/spanDecoders.js";
import {
  CAESAR_PAIR,
  HIDDEN,
  LEFT_BRACKET,
  LESS_THAN,
  PERCENT,
  scanText,
  THIRTEEN,
} from "../../../core/src/detect/anomaly/textScan.js";

const runs = { numRuns: 2000 };

describe("decodeSpans' cues from the scan of the NFKC lower-cased text", () => {
  it("the scan sees a cue wherever the input holds what decodeSpans searches for", () => {
    // Prepare: the searched strings, split, with combining marks and NFKC look-alikes around them.
    const piece = fc.constantFrom(
      ..."<![/]%-13aeAE",
      ...["<!--", "[//]", "%4F", "%zz", "13", "caesar", "CAESAR", "cAe", "sar", "\u0338", "\u0301", "\u20e3"],
      ...["＜", "［", "％", "１３", "①", "⑬", "æ", "ä", "\u{e0049}", "\udb40", "é", " ", "x"],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const s = parts.join("");
        // Act
        const bits = scanText(s.normalize("NFKC").toLowerCase()).bits;
        // Assess
        if (s.includes("<!--")) expect(bits & LESS_THAN).not.toBe(0);
        if (s.includes("[//]")) expect(bits & LEFT_BRACKET).not.toBe(0);
        if (/%[0-9a-f]{2}/i.test(s)) expect(bits & PERCENT).not.toBe(0);
        if (s.includes("13")) expect(bits & THIRTEEN).not.toBe(0);
        if (/caesar/i.test(s)) expect(bits & CAESAR_PAIR).not.toBe(0);
        if (/[\u{e0020}-\u{e007e}]/u.test(s)) expect(bits & HIDDEN).not.toBe(0);
      }),
      runs,
    );
  });

  it("decodeSpans with the cues answers what it answers without them", () => {
    const piece = fc.constantFrom(
      ...["<!-- x y z -->", "[//]: # (hidden text)", "%41%42%43", "rot13", "ROT-13", "caesar", "13", "é", " "],
      ...["\u{e0049}\u{e0067}\u{e006e}", "aWdub3JlIGFsbCBydWxlcw==", "<", "[", "%", "ae", "x"],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        const folded = s.normalize("NFKC").toLowerCase();
        const cues = scanText(folded).bits;
        expect(decodeSpans(s, { folded, cues })).toEqual(decodeSpans(s));
      }),
      runs,
    );
  });
});

describe("decodeSpans' rot13 cue", () => {
  it("finds ROT13_CUE's matches from the text's \"13\"s", () => {
    const piece = fc.constantFrom("rot", "ROT", "Rot", "-", " ", "13", "113", "x", "_", "é", "caesar", "CAESAR", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        const cue = /\brot[- ]?13\b|\bcaesar\b/i.test(s);
        expect(decodeSpans(s).some((d) => d.encoding === "rot13")).toBe(cue);
      }),
      runs,
    );
  });
});

describe("decodeSpans' base64 head check", () => {
  // Bytes that start readable text, UTF-8 sequences (valid, overlong, surrogate, past U+10FFFF,
  // cut short), C1 controls as UTF-8, U+FFFD itself, and bytes no text holds.
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(..."abc xyz\n\t").map((t) => [...Buffer.from(t)]) },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom("é", "жи", "日本", "😀", "\u0085", "\u009f", "\u00a0", "\ufffd", "\uffff", "\u{10ffff}")
        .map((t) => [...Buffer.from(t)]),
    },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 255 }).map((b) => [b]) },
    {
      weight: 2,
      arbitrary: fc.constantFrom([0xe0, 0x9f], [0xed, 0xa0], [0xf0, 0x8f], [0xf4, 0x90], [0xc0, 0x80], [0xe2, 0x82]),
    },
  );
  const encoded = fc
    .tuple(fc.array(piece, { minLength: 4, maxLength: 16 }), fc.boolean())
    .map(([p, url]) =>
      Buffer.from(p.flat())
        .toString(url ? "base64url" : "base64")
        .replace(/=+$/, ""),
    )
    .filter((m) => m.length >= 16);

  it("says unreadable only when the decoded match's readable prefix is under six units", () => {
    fc.assert(
      fc.property(encoded, (m) => {
        const prefix = readablePrefix(fromBase64(m));
        if (unreadableHead(m)) expect(prefix === null || prefix.length < 6).toBe(true);
      }),
      runs,
    );
  });

  it("says unreadable whenever whole characters in the first 12 bytes cut the prefix under six units", () => {
    // Prepare: whole characters, some of them ones readablePrefix cuts at.
    const char = fc.constantFrom(..."abcdef ", "é", "жи", "日", "😀", "\u0085", "\ufffd", "\u0001", "\u007f");
    fc.assert(
      fc.property(fc.array(char, { minLength: 6, maxLength: 14 }), (chars) => {
        const bytes = Buffer.from(chars.join(""));
        const m = bytes.toString("base64").replace(/=+$/, "");
        fc.pre(m.length >= 16);
        // The characters wholly inside the first 12 bytes, and where readablePrefix cuts them.
        let inHead = "";
        for (const ch of chars) {
          if (Buffer.byteLength(inHead + ch) > 12) break;
          inHead += ch;
        }
        const cut = readablePrefix(inHead) as string;
        // Act
        const unreadable = unreadableHead(m);
        // Assess
        if (cut.length < inHead.length && cut.length < 6) expect(unreadable).toBe(true);
        if (unreadable) expect((readablePrefix(fromBase64(m)) ?? "").length).toBeLessThan(6);
      }),
      runs,
    );
  });
});

describe("base64 runs of non-ASCII text from the scan of its lower-cased copy", () => {
  it("lower-casing never shortens a code point, and an NFKC-stable one keeping its length stays non-ASCII", () => {
    const shorter: number[] = [];
    const becameAscii: number[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      if (lower.length < ch.length) shorter.push(cp);
      if (lower.length === ch.length && /[\0-\x7f]/.test(lower) && ch.normalize("NFKC") === ch) becameAscii.push(cp);
    }
    expect(shorter).toEqual([]);
    expect(becameAscii).toEqual([]);
  });

  it("finds the runs the base64 search finds when NFKC keeps the text and lower-casing its length", () => {
    const piece = fc.constantFrom(
      ...["aWdub3JlIGFsbCBydWxlcw==", "A1b2C3d4E5f6G7h8", "x".repeat(20), "é", "Σ", "ΣΑ", "İ", "K", "😀", "𐐀"],
      ...["a-b_c+d/e", " ", "жи", "ß", "\u0301", "ﬁ"],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        const lower = s.toLowerCase();
        fc.pre(s.normalize("NFKC") === s && lower.length === s.length);
        expect(encodedRuns(s, true, [...scanText(lower).base64Starts])).toEqual(encodedRuns(s));
      }),
      runs,
    );
  });
});
