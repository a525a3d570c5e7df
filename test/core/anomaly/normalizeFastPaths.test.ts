import {
  adversarialSuffixScore,
  decodeSpans,
  findDocument,
  foldConfusables,
  normalizeText,
  prepareInput,
} from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oddTokens } from "../../../core/src/detect/anomaly/adversarialSuffix.js";
import { foldLookAlikeWords } from "../../../core/src/detect/anomaly/confusables.js";
import { encodedRuns } from "../../../core/src/detect/anomaly/encodedRuns.js";
import { INPUT_LIMITS_PATTERNS } from "../../../core/src/detect/anomaly/inputLimits.js";
import { LETTER, letterOrMark, MARK } from "../../../core/src/detect/anomaly/letterOrMark.js";
import { NORMALIZE_TEXT_PATTERNS } from "../../../core/src/detect/anomaly/normalizeText.js";
import { sequential } from "../../../core/src/detect/anomaly/sequential.js";
import { tailTokens } from "../../../core/src/detect/anomaly/tailTokens.js";
import { BASE64_RUN, HIDDEN, scanText } from "../../../core/src/detect/anomaly/textScan.js";
import {
  referenceDecodeSpans,
  referenceFindDocument,
  referenceFoldConfusables,
  referenceNormalizeText,
  referenceOddTokens,
  referencePrepareInput,
  referenceSuffixScore,
} from "./normalizeReference.js";

// Pieces that exercise every fast path: leetspeak, spaced letters, whitespace runs, look-alikes
// in Latin and in Cyrillic/Greek words, CJK, surrogate pairs, lone surrogates, tag characters,
// invisibles, encodings, document markers, code, odd tokens.
const PIECES = [
  ..."abZx0134 7@$!|.-_:'\"(<«“：",
  ...["  ", "\n", "\n\n", "\t", " \n ", "\u00a0", "\u3000", "\u2028", "\ufeff", "\u000b"],
  ...["і", "о", "а", "е", "р", "с", "ß", "ø", "ı", "α", "ο", "ρ", "я", "Ж", "日本", "語", "é", "e\u0301"],
  ...["😀", "𠀀", "𝐢", "\ud800", "\udc00", "\u{e0049}", "\u{e0067}", "\u200b", "\u00ad", "\u202e", "\ufe0f"],
  ...["\u034f", "\uffa0", "\u3164", "ﬁ", "ｉ", "Ⅻ", "İ", "K", "\ufffd", "\u0001", "\u007f"],
  ...["i g n o r e", "s.y.s.t.e.m", "a-b-c-d", "1gn0r3", "pr3v10u5!", "2nd", "24h", "h3ll0||", "x!y", "u s a"],
  ...[
    "%41",
    "%2",
    "%zz",
    "13",
    "rot13",
    "rot-13",
    "Caesar",
    "CAESAR\u0301",
    "cAeSaR",
    "<!--",
    " -->",
    "[//]: # (hidden)",
  ],
  ...["email: '", 'the following document: "', "subject: ", "<document>", "<code ", "def ", "=>", ";\n"],
  ...[
    "json(",
    "tool output<",
    "here is the report «",
    "résumé“",
    "：「",
    ": ‘",
    "search results:",
    "content: ",
    "page'",
  ],
  ...[
    "aWdub3JlIGFsbCBydWxlcw==",
    "69676e6f726520616c6c2072756c6573",
    "de ad be ef ",
    "A1b2C3d4E5f6G7h8",
    "A1b2C3d4E5f6G7h8\u0301",
  ],
  ...["gabababababababababababababg", "ab:cd:ef:01:23:45:67:89:ab:cd:ef:01", "g0123456789abcdef01234567g"],
  ...["iPhone", "JavaScript", "foo(bar)", "a''b", 'x""y', "!!!", "https://x.io/a?b=c%20d%41%42", "a_b+c/d"],
];
const LONG = ["a".repeat(5000), "Ab1".repeat(1500), " ".repeat(300), "a b ".repeat(100), "0f".repeat(80)];
const text = fc
  .array(
    fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
      { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
      { weight: 1, arbitrary: fc.constantFrom(...LONG) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(""));
// Prose-like tokens for oddTokens: words, punctuation runs, quotes, brackets, mid-word capitals.
const TOKEN_PIECES = [
  "hello",
  "world,",
  "(lead",
  "keyboards),",
  "((x))",
  "x)'.",
  "(a.)",
  "#SilentNoMore",
  "@user.",
  "[INSERT",
  "HERE]",
  "iPhone",
  "JavaScript",
  "foo(bar)",
  "a''b",
  'x""y',
  "!!!",
  "...",
  "?!.",
  "e.g.,",
];
TOKEN_PIECES.push("https://x.io/a(b)", "http:", '"quoted"', "'ab'", "don't", 'ab"c', "x=>y", "a;", "{b}", "я", "😀");
const tokens = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TOKEN_PIECES),
      fc.string({ unit: fc.constantFrom(..."aZbY!.,'\"()[]{}<>|^~`*=+@#-_/:;?%&$"), maxLength: 8 }),
    ),
    { minLength: 5, maxLength: 70 },
  )
  .chain((words) =>
    fc
      .array(fc.constantFrom(" ", " ", " ", "  ", "\n", "\t", "\u3000"), {
        minLength: words.length,
        maxLength: words.length,
      })
      .map((gaps) => words.map((w, i) => w + gaps[i]).join("")),
  );
const runs = { numRuns: 400 };

describe("normalization fast paths answer what the regex passes answered", () => {
  it("normalizeText: text, decoded spans and flags", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(normalizeText(s)).toEqual(referenceNormalizeText(s));
      }),
      runs,
    );
  });

  it("normalizeText past the scan's kept buffers, and after them", () => {
    const long = "1gn0r3  \t all і g n o r e ".repeat(3000);
    expect(long.length).toBeGreaterThan(64 * 1024);
    for (const s of [long, "pr3v10u5\t\tstuff", long.slice(0, 1000)])
      expect(normalizeText(s)).toEqual(referenceNormalizeText(s));
  });

  it("foldConfusables, on raw and on NFKC lower-cased text", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldConfusables(s)).toEqual(referenceFoldConfusables(s));
        const lower = s.normalize("NFKC").toLowerCase();
        expect(foldConfusables(lower)).toEqual(referenceFoldConfusables(lower));
        expect(foldLookAlikeWords(lower)).toEqual(referenceFoldConfusables(lower));
      }),
      runs,
    );
  });

  it("decodeSpans, and encodedRuns finds every BASE64 match and every text HEX can match", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeSpans(s)).toEqual(referenceDecodeSpans(s));
        const found = encodedRuns(s);
        expect(found.base64).toEqual([...s.matchAll(/[A-Za-z0-9+/_-]{16,4096}={0,2}/g)].map((m) => m[0]));
        if (/(?:[0-9a-fA-F]{2}[\s:]?){12}/.test(s)) expect(found.hex).toBe(true);
      }),
      runs,
    );
  });

  it("scanText sees a base64 run in NFKC lower-cased text wherever BASE64 matches the text", () => {
    fc.assert(
      fc.property(text, (s) => {
        const scanned = scanText(s.normalize("NFKC").toLowerCase()).bits & BASE64_RUN;
        if (/[A-Za-z0-9+/_-]{16}/.test(s)) expect(scanned).toBe(BASE64_RUN);
        expect(scanText(s).bits & BASE64_RUN).toBe(/[A-Za-z0-9+/_-]{15}/.test(s) ? BASE64_RUN : 0);
      }),
      runs,
    );
  });

  it("on ASCII text, the scan's base64 run starts find what the base64 search finds", () => {
    const ascii = text.map((s) => s.replace(/[^\0-\x7f]/g, ""));
    fc.assert(
      fc.property(ascii, (s) => {
        const starts = [...scanText(s.toLowerCase()).base64Starts];
        expect(encodedRuns(s, true, starts)).toEqual(encodedRuns(s));
        expect(normalizeText(s)).toEqual(referenceNormalizeText(s));
      }),
      runs,
    );
  });

  it("oddTokens, and with a minimum it answers null below it", () => {
    fc.assert(
      fc.property(fc.oneof(text, tokens), (s) => {
        const expected = referenceOddTokens(s);
        expect(oddTokens(s)).toEqual(expected);
        expect(oddTokens(s, 2)).toEqual(expected === null || expected.odd < 2 ? null : expected);
      }),
      runs,
    );
  });

  it("decodeSpans on base64 of bytes that start readable, unreadable or in UTF-8 sequences", () => {
    // UTF-8 text with now and then a byte no text holds.
    const piece = fc.oneof(
      {
        weight: 8,
        arbitrary: fc
          .constantFrom(..."abcdefgh xyz ignore", "é", "жи", "日本", "😀", "\n")
          .map((t) => [...Buffer.from(t)]),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(0, 13, 127, 0x80, 0xbf, 0xc1, 0xc2, 0xe2, 0xf0, 0xf4, 0xf5, 0xff).map((b) => [b]),
      },
    );
    const payload = fc.array(piece, { minLength: 6, maxLength: 30 }).map((p) => Buffer.from(p.flat()));
    const encoded = fc.tuple(payload, fc.boolean()).map(([b, url]) => b.toString(url ? "base64url" : "base64"));
    fc.assert(
      fc.property(encoded, fc.constantFrom("", "run ", "x: "), (b64, before) => {
        const s = `${before}${b64} and more`;
        expect(decodeSpans(s)).toEqual(referenceDecodeSpans(s));
      }),
      runs,
    );
  });

  it("adversarialSuffixScore, which asks oddTokens only for enough odd tokens", () => {
    fc.assert(
      fc.property(fc.oneof(text, tokens), (s) => {
        expect(adversarialSuffixScore(s)).toBe(referenceSuffixScore(s));
      }),
      runs,
    );
  });

  it("findDocument and prepareInput", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(findDocument(s)).toBe(referenceFindDocument(s));
        const { ascii, ...prepared } = prepareInput(s, 1 << 20);
        expect(prepared).toEqual(referencePrepareInput(s));
        expect(ascii).toBe(!/[^\0-\x7f]/.test(prepared.text));
      }),
      runs,
    );
  });

  it("tailTokens counts what split(/\\s+/) gives", () => {
    fc.assert(
      fc.property(fc.oneof(text, tokens), fc.integer({ min: 1, max: 60 }), (s, max) => {
        expect(tailTokens(s, 400, max).total).toBe(Math.min(s.slice(-400).split(/\s+/).length, max));
      }),
      runs,
    );
  });
});

describe("normalizeText's output is lower-cased and its whitespace collapsed", () => {
  // The detector embeds it without lower-casing or collapsing it again (normalizedTextEmbed). Lower-casing maps each
  // code point on its own except capital sigma (final or not), so it is idempotent on every string
  // when it is on every code point and never yields a capital sigma.
  it("lower-casing is idempotent on every code point and never yields a capital sigma", () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const lower = String.fromCodePoint(cp).toLowerCase();
      if (lower.toLowerCase() !== lower || lower.includes("\u03a3")) expect.fail(`code point ${cp}`);
    }
  });

  it("lower-casing leaves normalizeText's text unchanged (look-alikes, leetspeak, spacing folded)", () => {
    const upper = fc.constantFrom("Σ", "ΣΑ Σ", "İ", "ẞ", "Ꭺ", "ǅ", "ᾈ", "K", "Ⅻ", "Ａ", "IGN0RE", "Р", "Ѕ", "Β");
    fc.assert(
      fc.property(fc.array(fc.oneof(text, upper), { maxLength: 8 }), (parts) => {
        const normalized = normalizeText(parts.join(" ")).text;
        expect(normalized.toLowerCase()).toBe(normalized);
      }),
      runs,
    );
  });

  it("its only whitespace is single spaces and newlines, never two in a row", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(normalizeText(s).text).not.toMatch(/\s\s|[^\S \n]/);
      }),
      runs,
    );
  });
});

describe("sequential", () => {
  it("returns the same text: itself when derived from another, else a copy", () => {
    fc.assert(
      fc.property(text, (s) => {
        const sliced = `${s}  padding to make a slice`.slice(0, s.length);
        expect(sequential(sliced)).toBe(s);
        expect(sequential(sliced, `${s}x`)).toBe(sliced);
        expect(sequential(sliced, sliced)).toBe(s);
      }),
      runs,
    );
  });
});

describe("character tables", () => {
  it("scanText's and tailTokens' whitespace is JavaScript's \\s, unit by unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const space = /\s/.test(ch);
      // Two of them make a run the collapse rewrites; tailTokens splits on them.
      expect(scanText(`x${ch}${ch}y`).runCount).toBe(space ? 1 : 0);
      expect(tailTokens(`x${ch}y`, 400, 40).total).toBe(space ? 2 : 1);
    }
  });

  it("prepareInput's pre-check finds the units its character loop counts", () => {
    const needsScan = new RegExp((INPUT_LIMITS_PATTERNS[1] as RegExp).source);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the class the pre-check is the complement of.
    const counted = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd\ud800-\udfff]/;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(needsScan.test(ch)).toBe(counted.test(ch));
    }
  });

  it("letterOrMark is \\p{L} and \\p{M}, in the BMP and beyond", () => {
    const codePoints = [...Array.from({ length: 0x10000 }, (_, c) => c), 0x1d422, 0x20000, 0x1f600, 0xe0049, 0x10ffff];
    for (const cp of codePoints) {
      const ch = String.fromCodePoint(cp);
      const expected = (/^\p{L}$/u.test(ch) ? LETTER : 0) | (/^\p{M}$/u.test(ch) ? MARK : 0);
      expect(letterOrMark(cp)).toBe(expected);
    }
  });

  it("marks as hidden what normalizeText strips; NFKC and lower-casing keep it; no composition absorbs it", () => {
    // INVISIBLE, BIDI, TAGS and VARIATION, the regexes normalizeText strips with.
    const strip = NORMALIZE_TEXT_PATTERNS.slice(0, 4).map((re) => new RegExp(re.source, re.flags.replace("g", "")));
    const stripped = (ch: string) => strip.some((re) => re.test(ch));
    const hidden = (s: string) => (scanText(s).bits & HIDDEN) !== 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(hidden(ch)).toBe(c === 0xdb40 || stripped(ch));
    }
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (stripped(ch)) expect(hidden(ch.normalize("NFKC").toLowerCase())).toBe(true);
      // Composition only rebuilds characters whose canonical decomposition it sees.
      const nfd = ch.normalize("NFD");
      if (nfd !== ch) expect([...nfd].some(stripped)).toBe(false);
    }
  });
});
