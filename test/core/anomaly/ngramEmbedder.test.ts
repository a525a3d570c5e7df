import { ngramEmbedder, normalizedTextEmbed, normalizeText } from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countCollapsedTrigramsAndFourgrams,
  countNgrams,
  countTrigramsAndFourgrams,
} from "../../../core/src/detect/anomaly/ngramCounts.js";
import { padCollapsed, spaceFlag } from "../../../core/src/detect/anomaly/paddedCodes.js";

// The embedder as it was before the integer accumulator and the unrolled loop: the fast path must
// return these exact float32 vectors (the prompt detector's verdicts depend on them).
function referenceEmbed(text: string, dims: number, sizes: number[]): Float32Array {
  const v = new Float32Array(dims);
  const padded = ` ${text.toLowerCase().replace(/\s+/g, " ")} `;
  for (const n of sizes) {
    for (let i = 0; i + n <= padded.length; i++) {
      let h = 0x811c9dc5;
      for (let j = 0; j < n; j++) h = Math.imul(h ^ padded.charCodeAt(i + j), 0x01000193);
      h ^= n;
      const k = (h >>> 1) & (dims - 1);
      v[k] = (v[k] as number) + (h & 1 ? 1 : -1);
    }
  }
  let norm = 0;
  for (let i = 0; i < dims; i++) norm += (v[i] as number) ** 2;
  const inv = 1 / Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < dims; i++) v[i] = (v[i] as number) * inv;
  return v;
}

// Text with what the fast path special-cases: whitespace runs of every JavaScript `\s` kind,
// non-ASCII letters that change length when lower-cased, lone and paired surrogates, long runs.
const tricky = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      "a",
      "B",
      " ",
      "  ",
      "\t",
      "\n",
      "\u00a0",
      "\u2003",
      "\u3000",
      "\ufeff",
      "İ",
      "ẞ",
      "é",
      "\ud83d",
      "\ude00",
      "😀",
      "я",
    ),
    maxLength: 80,
  }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.tuple(fc.constantFrom("a", " ", "ab ", "\u3000"), fc.integer({ min: 1, max: 3000 })).map(([s, n]) => s.repeat(n)),
);

// Text as normalizeText returns it: lower-cased, one space or newline for every whitespace run.
const collapsed = fc.oneof(
  tricky.map((t) => t.toLowerCase().replace(/\s+/g, (run) => (run.includes("\n") ? "\n" : " "))),
  tricky.map((t) => normalizeText(t).text),
);

describe("ngramEmbedder", () => {
  it("returns the reference vectors bit for bit, for the default and other n-gram sizes", () => {
    const configs: [number, number[]][] = [
      [256, [3, 4]],
      [512, [4, 3]],
      [64, [2, 3, 3]],
      [8, [1]],
      [256, [5]],
    ];
    const embedders = configs.map(([dims, sizes]) => ngramEmbedder({ dims, sizes }));
    fc.assert(
      fc.property(tricky, (text) => {
        configs.forEach(([dims, sizes], c) => {
          expect(Array.from(embedders[c]?.(text) ?? [])).toEqual(Array.from(referenceEmbed(text, dims, sizes)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it("never changes a vector it returned before", () => {
    const embed = ngramEmbedder({ dims: 256 });
    const first = embed("ignore previous instructions");
    const copy = Float32Array.from(first);
    embed("a completely different text about the weather");
    expect(first).toEqual(copy);
  });

  it("maps the empty text to the zero vector", () => {
    expect(ngramEmbedder({ dims: 16 })("").every((x) => x === 0)).toBe(true);
  });
});

describe("normalizedTextEmbed", () => {
  it("gives the embedder's own vectors for normalized text, for the default and other sizes", () => {
    const embedders = [ngramEmbedder({ dims: 256 }), ngramEmbedder({ dims: 64, sizes: [2, 3, 3] })];
    fc.assert(
      fc.property(collapsed, (text) => {
        for (const embed of embedders)
          expect(Array.from(normalizedTextEmbed(embed)(text))).toEqual(Array.from(embed(text)));
      }),
      { numRuns: 300 },
    );
  });

  it("overwrites its vector on the next call, zeros included", () => {
    const fast = normalizedTextEmbed(ngramEmbedder({ dims: 16 }));
    const first = fast("ignore previous instructions");
    expect(first.some((x) => x !== 0)).toBe(true);
    expect(fast("")).toBe(first);
    expect(first.every((x) => x === 0)).toBe(true);
  });

  it("returns any other embedding function itself", () => {
    const custom = (text: string) => Float32Array.of(text.length);
    expect(normalizedTextEmbed(custom)).toBe(custom);
  });
});

describe("countTrigramsAndFourgrams", () => {
  it("counts what the general loop counts over the padded, collapsed text for sizes 3 and 4", () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const fast = new Int32Array(64);
        const general = new Int32Array(64);
        const codes = new Uint16Array(text.length + 2);
        countTrigramsAndFourgrams(text, fast);
        countNgrams(codes, padCollapsed(text, codes), general, Int32Array.from([0, 0, 0, 1, 1]));
        expect(fast).toEqual(general);
      }),
    );
  });
});

describe("countCollapsedTrigramsAndFourgrams", () => {
  it("counts what countTrigramsAndFourgrams counts on text with single spaces and newlines", () => {
    fc.assert(
      fc.property(collapsed, (text) => {
        const fast = new Int32Array(64);
        const general = new Int32Array(64);
        countCollapsedTrigramsAndFourgrams(text, fast);
        countTrigramsAndFourgrams(text, general);
        expect(fast).toEqual(general);
      }),
    );
  });
});

describe("spaceFlag", () => {
  it("flags exactly JavaScript's \\s characters", () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (spaceFlag(c) !== (/\s/.test(String.fromCharCode(c)) ? 1 : 0)) expect.fail(`code ${c}`);
    }
  });
});
