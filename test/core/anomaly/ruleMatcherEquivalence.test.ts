import { readFileSync } from "node:fs";
import {
  AnchoredRegex,
  AnchorIndex,
  type CounterCue,
  DEFAULT_COUNTER_CUES,
  DEFAULT_INJECTION_RULES,
  type InjectionRule,
  normalizeText,
  PrefixSlots,
  type RuleInput,
  RuleMatcher,
} from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naiveOccurrences, naiveWordStarts, wordKeyOf } from "./naiveAnchors.js";

// The matcher as it was before any prefilter: every regex scanned over every view.
function plainMatch(rules: readonly InjectionRule[], cues: readonly CounterCue[], input: RuleInput) {
  const { raw, normalized, decoded, docStart } = input;
  const document = docStart < 0 ? "" : normalized.slice(docStart);
  const ascii = !/\P{ASCII}/u.test(raw);
  const hits: string[] = [];
  for (const rule of rules) {
    const script = rule.script;
    if (script !== undefined && !((!ascii && script.test(raw)) || decoded.some((d) => script.test(d)))) continue;
    const inDecoded = decoded.some((d) => rule.re.test(d));
    if (rule.raw) {
      if (rule.re.test(raw)) hits.push(`${rule.id}@raw`);
    } else if (rule.inDocument) {
      if (document !== "" && rule.re.test(document)) hits.push(`${rule.id}@document`);
      else if (inDecoded) hits.push(`${rule.id}@decoded`);
    } else if (rule.outsideDocument && docStart >= 0) continue;
    else if (rule.re.test(normalized)) hits.push(`${rule.id}@normalized`);
    else if (inDecoded) hits.push(`${rule.id}@decoded`);
  }
  return { hits, cues: cues.filter((c) => c.re.test(normalized)).map((c) => c.id) };
}

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/anomaly/prompts.json", import.meta.url), "utf8")) as {
  attacks: { text: string }[];
  benign: string[];
};
// Pieces of real attacks and benign prompts, so that generated texts do match rules, plus the
// characters anchors and boundaries hinge on: quotes, colons, line breaks, word characters next to
// non-ASCII letters, surrogate pairs and lone surrogates.
const words = [...new Set([...fixture.attacks.map((a) => a.text), ...fixture.benign].join(" ").split(/\s+/))];
const phrases = [...fixture.attacks.map((a) => a.text), ...fixture.benign.slice(0, 40)];
const pieces = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: fc.constantFrom(...phrases) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(" ", "\n", ": ", "：", "'", '"', "“", "«", "「", "'s ", "<|", "[", "![", "x", "_", "2"),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("ü", "ó", "я ", "все", "忽略", "之前", "以前的指示", "무시", "😀", "\ud800", "\u0301"),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "binary" }) },
);
const text = fc.array(pieces, { maxLength: 60 }).map((p) => p.join(" "));
const glued = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(""));

describe("rule matcher equivalence", () => {
  const matcher = new RuleMatcher(DEFAULT_INJECTION_RULES, DEFAULT_COUNTER_CUES);

  it("answers exactly what scanning every rule over every view answers", () => {
    let matched = 0;
    const views = new Set<string>();
    fc.assert(
      fc.property(
        fc.oneof(text, glued),
        fc.array(glued, { maxLength: 2 }),
        fc.integer({ min: -1, max: 400 }),
        (raw, decoded, at) => {
          // Prepare: views as the detector builds them, the document starting anywhere (even mid-word).
          const normalized = normalizeText(raw).text;
          const input = {
            raw,
            normalized,
            decoded: decoded.map((d) => d.toLowerCase()),
            docStart: Math.min(at, normalized.length),
          };
          // Act
          const fast = matcher.match(input);
          // Assess
          const plain = plainMatch(DEFAULT_INJECTION_RULES, DEFAULT_COUNTER_CUES, input);
          matched += plain.hits.length;
          for (const h of fast.hits) views.add(h.view);
          expect(fast.hits.map((h) => `${h.rule.id}@${h.view}`)).toEqual(plain.hits);
          expect(fast.cues.map((c) => c.id)).toEqual(plain.cues);
        },
      ),
      { numRuns: 400, seed: 6 },
    );
    expect(matched).toBeGreaterThan(400);
    expect([...views].sort()).toEqual(["decoded", "document", "normalized", "raw"]);
  });

  it("tries decoded spans at the anchors of their joined index: same hits as scanning each span", () => {
    let decodedHits = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(text, glued), { minLength: 1, maxLength: 4 }), (spans) => {
        // Prepare: a harmless main text, so that hits come from the spans (several, of any length).
        const input = { raw: "hello", normalized: "hello", decoded: spans.map((d) => d.toLowerCase()), docStart: -1 };
        // Act
        const fast = matcher.match(input).hits.map((h) => `${h.rule.id}@${h.view}`);
        // Assess
        const plain = plainMatch(DEFAULT_INJECTION_RULES, DEFAULT_COUNTER_CUES, input).hits;
        decodedHits += plain.length;
        expect(fast).toEqual(plain);
      }),
      { numRuns: 200, seed: 11 },
    );
    expect(decodedHits).toBeGreaterThan(100);
  });

  it("reads a document that starts inside a word from its own index", () => {
    // Prepare: "ignore" starts the document but not a word of the normalized text.
    const input = { raw: "zzignore this", normalized: "zzignore this", decoded: [], docStart: 2 };
    // Act
    const hits = matcher.match(input).hits.map((h) => `${h.rule.id}@${h.view}`);
    // Assess
    expect(hits).toContain("indirect.document-ignore@document");
    expect(hits).toEqual(plainMatch(DEFAULT_INJECTION_RULES, DEFAULT_COUNTER_CUES, input).hits);
  });

  it("rewrote four rules into equivalent anchorable forms: same answer as the originals", () => {
    const rule = (id: string) => (DEFAULT_INJECTION_RULES.find((r) => r.id === id) as InjectionRule).re;
    const originals: [RegExp, RegExp][] = [
      [
        rule("extract.personal-data"),
        /\b(?:the user|user|users|customer|client|patient|employee|[a-z]{3,12})'s (?:current )?(?:home address|address|city of residence|city|location|birth ?date|date of birth|email address|e-mail address|phone number|social security number|bank balance|account number|medical records?)\b/u,
      ],
      [
        rule("override.few-shot"),
        /(?:^|\s)(?:q|question|p|pregunta|frage|질문|问题|質問|प्रश्न|câu hỏi|soru|domanda|pergunta)\s?[:：][^\n]{0,300}\s(?:a|answer|r|respuesta|antwort|답변?|答|回答|उत्तर|trả lời|cevap|risposta|resposta)\s?[:：][^\n]{0,300}\s(?:q|question|p|pregunta|frage|질문|问题|質問|प्रश्न|câu hỏi|soru|domanda|pergunta)\s?[:：]/u,
      ],
      [
        rule("override.payload-parts"),
        /\b(?:[abc]|part ?[123]|teil ?[123]|parte ?[123]|partie ?[123]|भाग ?[123]|파트 ?[123]|部分 ?[123]) ?(?:is|ist|es|est|è|é|ay|là|है|는|은|は|:)? ?["“'«「][^"”'»」\n]{1,80}["”'»」].{0,60}\b(?:[abc]|part ?[123]|teil ?[123]|parte ?[123]|partie ?[123]|भाग ?[123]|파트 ?[123]|部分 ?[123]) ?(?:is|ist|es|est|è|é|ay|là|है|는|은|は|:)? ?["“'«「]/u,
      ],
      [
        rule("indirect.task-switch"),
        /(?:^|[.!?:] |\n)(?:please |now |also |first(?:ly)?,? |additionally,? )?(?:write|compose|generate|create|translate|summari[sz]e|describe|explain|tell me|answer|provide|draft|give me|recommend|rewrite|say|reply)\b[^.!?\n]{3,120}[.!?]/u,
      ],
    ];
    const parts = fc.constantFrom(
      "the user's ",
      "customer's address",
      "xuser's city",
      "abcdefghijklmn's phone number",
      "q:",
      "question ",
      "a: ",
      "answer：",
      "\n",
      " ",
      "p :",
      "질문:",
      "part 1 is ",
      "b ",
      '"go"',
      "'x'",
      "«y»",
      "teil 2: ",
      "write a poem.",
      "please ",
      "now ",
      "firstly, ",
      ". ",
      "say hi!",
      "tell me more?",
      "é",
      "1",
      "x",
    );
    let hits = 0;
    fc.assert(
      fc.property(
        fc.array(parts, { maxLength: 14 }).map((p) => p.join("")),
        (t) => {
          for (const [rewritten, original] of originals) {
            const expected = original.test(t);
            hits += expected ? 1 : 0;
            expect(rewritten.test(t), original.source.slice(0, 40)).toBe(expected);
          }
        },
      ),
      { numRuns: 3000, seed: 9 },
    );
    expect(hits).toBeGreaterThan(300);
  });

  it("tries each regex only where it can start, yet finds every match, also in a suffix", () => {
    const regexes = [...DEFAULT_INJECTION_RULES, ...DEFAULT_COUNTER_CUES].map((r) => r.re);
    const slots = new PrefixSlots();
    const anchored = regexes.map((re) => new AnchoredRegex(re, slots));
    const index = new AnchorIndex(slots);
    fc.assert(
      fc.property(fc.oneof(text, glued), fc.nat(), (raw, cut) => {
        const t = normalizeText(raw).text;
        const shift = t.length === 0 ? 0 : cut % t.length;
        index.scan(t);
        anchored.forEach((a, i) => {
          const re = regexes[i] as RegExp;
          expect(a.test(t, index), re.source.slice(0, 50)).toBe(re.test(t));
          expect(a.testShifted(t.slice(shift), index, shift), re.source.slice(0, 50)).toBe(re.test(t.slice(shift)));
          // Without an index (raw text): literal anchors by indexOf, word anchors by a scan.
          expect(a.test(raw), re.source.slice(0, 50)).toBe(re.test(raw));
        });
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("indexes exactly the word starts and literal occurrences a naive search finds", () => {
    const slots = new PrefixSlots();
    const keys = ["ig", "igno", "a ", "you ", "t"].map((w) => ({ w, slot: slots.slot(wordKeyOf(w)) }));
    const literals = ["'s ", "忽略", "\n", "ab"].map((l) => ({ l, slot: slots.literal(l) }));
    const index = new AnchorIndex(slots);
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom("ig", "ignore", "a", "you", "your", "t", " ", "'s ", "忽", "略", "\n", "ab", "é", "_"),
            { maxLength: 30 },
          )
          .map((p) => p.join("")),
        (t) => {
          index.scan(t);
          for (const { w, slot } of keys) expect([...index.offsets(slot)].reverse(), w).toEqual(naiveWordStarts(t, w));
          for (const { l, slot } of literals)
            expect([...index.offsets(slot)].reverse(), l).toEqual(naiveOccurrences(t, l));
        },
      ),
      { numRuns: 300, seed: 8 },
    );
  });
});
