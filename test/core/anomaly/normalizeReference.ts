// The prompt-normalization steps as they were before the speed work (regex passes, no scans or
// prefilters), kept as the oracle the fast paths are property-tested against.
import { CONFUSABLES, type DecodedSpan, rot13 } from "@airr/core";

const INVISIBLE =
  /\u034f|\u17b4|\u17b5|\u180b|\u180c|\u180d|[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const TAGS = /[\u{e0000}-\u{e007f}]/gu;
const VARIATION = /[\ufe00-\ufe0f]/g;
const LEET_PAIR = /[a-z][0-9@$!|]|[0-9@$!|][a-z]/;
const LEET_MAP: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t" };
Object.assign(LEET_MAP, { "@": "a", $: "s", "!": "i", "|": "l" });
const UNIT = /^\d+(?:st|nd|rd|th|[kmgt]b?|px|ms|s|am|pm|d|x|h|m|fa|v)$|^\d+(?:[a-z]\d*)?$/;
const SPACED = /\b(?:\p{L}[ ._-]){3,64}\p{L}\b/gu;

export function referenceNormalizeText(input: string): { text: string; decoded: DecodedSpan[]; flags: string[] } {
  const flags: string[] = [];
  let text = input;
  if (/\P{ASCII}/u.test(text)) {
    const stripped = text.replace(INVISIBLE, "");
    if (stripped.length !== text.length) flags.push("invisible-chars");
    const noBidi = stripped.replace(BIDI, "");
    if (noBidi.length !== stripped.length) flags.push("bidi-controls");
    const noTags = noBidi.replace(TAGS, "");
    if (noTags.length !== noBidi.length) flags.push("tag-chars");
    text = noTags.replace(VARIATION, "").normalize("NFKC").toLowerCase();
    const folded = referenceFoldConfusables(text);
    if (folded.folded > 0) flags.push("homoglyphs");
    text = folded.text;
  } else text = text.toLowerCase();
  let leet = 0;
  text = text.replace(/[a-z0-9@$!|]+/g, (w) => {
    if (!LEET_PAIR.test(w) || w.length < 2 || UNIT.test(w)) return w;
    const core = w.replace(/[!|]+$/, "");
    const out = core.replace(/[0-9@$!|]/g, (c) => LEET_MAP[c] ?? c);
    if (out !== core) leet++;
    return out + w.slice(core.length);
  });
  if (leet > 0) flags.push("leetspeak");
  let spaced = 0;
  text = text.replace(SPACED, (m) => {
    if (m.length >= 11) spaced++;
    return m.replace(/[ ._-]/g, "");
  });
  if (spaced > 0) flags.push("spaced-letters");
  text = text.replace(/\s{2,}|[^\S ]/g, (m) => (m.includes("\n") ? "\n" : " "));
  const shallow = (s: string) =>
    referenceFoldConfusables(s.replace(INVISIBLE, "").normalize("NFKC").toLowerCase()).text.replace(/\s+/g, " ");
  const decoded = referenceDecodeSpans(input).map((d) => ({ ...d, text: shallow(d.text) }));
  for (const d of decoded)
    if (!flags.includes(d.encoding)) flags.push(d.encoding === "comment" ? "hidden-comment" : d.encoding);
  return { text, decoded, flags };
}

export function referenceFoldConfusables(lower: string): { text: string; folded: number } {
  const any = new RegExp(`[${[...CONFUSABLES.keys()].join("")}]`, "u");
  if (!any.test(lower)) return { text: lower, folded: 0 };
  let folded = 0;
  const latin = lower.match(/[a-z]/g)?.length ?? 0;
  const letters = lower.match(/\p{L}/gu)?.length ?? 1;
  const mostlyLatin = latin / Math.max(letters, 1) > 0.6;
  const text = lower.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (!mostlyLatin && !/[a-z]/.test(word)) return word;
    let out = "";
    for (const ch of word) {
      const to = CONFUSABLES.get(ch);
      out += to ?? ch;
      if (to !== undefined) folded++;
    }
    return out;
  });
  return { text, folded };
}

const BASE64 = /[A-Za-z0-9+/_-]{16,4096}={0,2}/g;
const HEX = /(?:[0-9a-fA-F]{2}[\s:]?){12,2048}/g;
const URLENC = /(?:[\w.~+-]{0,32}%[0-9a-fA-F]{2}){3,1024}[\w.~+-]{0,32}/g;
const COMMENT = /<!--([\s\S]{0,4000}?)-->|\[\/\/\]: ?# ?\(([^)\n]{0,2000})\)/g;
const UTF8 = new TextDecoder("utf-8", { fatal: false });

export function referenceDecodeSpans(text: string): DecodedSpan[] {
  const out: DecodedSpan[] = [];
  const push = (encoding: DecodedSpan["encoding"], decoded: string | null) => {
    if (decoded !== null && out.length < 16 && readable(decoded)) out.push({ encoding, text: decoded });
  };
  for (const [m] of text.matchAll(BASE64))
    if (/[a-z]/.test(m) && /[A-Z0-9]/.test(m)) {
      const bytes = Buffer.from(m.replace(/-/g, "+").replace(/_/g, "/"), "base64");
      push("base64", bytes.length < 6 ? null : readablePrefix(UTF8.decode(bytes)));
    }
  for (const [m] of text.matchAll(HEX)) {
    const digits = m.replace(/[\s:]/g, "");
    const even = digits.length % 2 === 0 ? digits : digits.slice(0, -1);
    push("hex", readablePrefix(UTF8.decode(Uint8Array.from(even.match(/../g) ?? [], (h) => Number.parseInt(h, 16)))));
  }
  for (const [m] of text.matchAll(URLENC)) {
    let decoded: string | null = null;
    try {
      decoded = decodeURIComponent(m);
    } catch {}
    push("url", decoded);
  }
  const tags = [...text]
    .map((ch) => ch.codePointAt(0) ?? 0)
    .filter((cp) => cp >= 0xe0020 && cp <= 0xe007e)
    .map((cp) => String.fromCharCode(cp - 0xe0000))
    .join("");
  if (tags.length > 0) out.push({ encoding: "tag-chars", text: tags });
  for (const m of text.matchAll(COMMENT)) {
    const body = (m[1] ?? m[2] ?? "").trim();
    if (body.length > 0 && out.length < 16) out.push({ encoding: "comment", text: body });
  }
  if (/\brot[- ]?13\b|\bcaesar\b/i.test(text)) out.push({ encoding: "rot13", text: rot13(text) });
  return out;
}

function readablePrefix(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const bad = s.search(/[\0-\x08\x0b-\x1f\x7f-\x9f\ufffd]/);
  return bad < 0 ? s : s.slice(0, bad);
}

function readable(s: string): boolean {
  if (s.length < 6) return false;
  const ok = s.match(/[\x20-\x7e\n\t\u00a0-\uffff]/g)?.length ?? 0;
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  return ok / s.length > 0.95 && letters / s.length > 0.5 && /\s/.test(s);
}

const INNER_PUNCT = /[a-z][\])}{([<>\\|^~`*=+@#]|[\])}{([<>\\|^~`*=+@#][a-z]/i;
const MID_CAPS = /[a-z]{2}[A-Z][a-z]/;
const PUNCT_RUN = /[!-/:-@[-`{-~]{3,}/;
const ODD_QUOTES = /[a-z]["'][a-z]{2,}["'][a-z]|^["'][^"']{0,20}["']{2}|[a-z]["]{1,2}[a-z(]/i;
const CODE =
  /\b(?:def |function |return |import |const |let |var |class |public |#include|select |print\(|console\.)|[;{}]\s*\n|=>|\n {2,}\S/;

export function referenceOddTokens(text: string): { odd: number; total: number } | null {
  if (text.length < 40 || CODE.test(text)) return null;
  const tokens = text.slice(-400).split(/\s+/).slice(-40);
  if (tokens.length < 8) return null;
  const isOdd = (t: string) =>
    t.length >= 2 &&
    !/^https?:/.test(t) &&
    !/^[#@]\w+[.,;:!?]*$/.test(t) &&
    (INNER_PUNCT.test(t.replace(/^\(+|\)+[.,;:!?"']*$/g, "")) ||
      PUNCT_RUN.test(t) ||
      ODD_QUOTES.test(t) ||
      MID_CAPS.test(t));
  return { odd: tokens.filter(isOdd).length, total: tokens.length };
}

export function referenceSuffixScore(text: string): number {
  const odd = referenceOddTokens(text);
  if (odd === null || odd.odd < 4 || odd.odd / odd.total < 0.15) return 0;
  return Math.min(1, 0.35 + (odd.odd / odd.total) * 1.6);
}

const DOC_MARKER =
  /(?:^|\n|[.?!:] |\b(?:this|the following|given this|below|attached|here is (?:the|an?|my))\s)(?:e-?mail|table|my code|code|answer found online|document|context|article|web ?page|website|page|paper|review|resume|résumé|cv|file|passage|snippet|transcript|report|post|tweet|comment|excerpt|wikipedia article|search results?|tool (?:output|result)|html|json)\s?[:'"«“(<]|<(?:document|context|email|article|data)>|\bsubject: |\bcontent: |<(?:code|código|codigo|код|kod|kode|table|tabel|tabla|tableau|таблица|caption|img)(?![\p{L}\p{N}_])|[:：] ?['"“«「‘]/u;

export function referenceFindDocument(text: string): number {
  const m = DOC_MARKER.exec(text);
  return m === null ? -1 : m.index + m[0].length;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function referencePrepareInput(text: string): { text: string; issues: string[]; binary: boolean } {
  const issues: string[] = [];
  const lone = text.match(LONE)?.length ?? 0;
  const controls = text.match(CONTROL)?.length ?? 0;
  const replacement = (text.match(/\ufffd/g)?.length ?? 0) + lone;
  if (lone > 0) {
    text = text.replace(LONE, "\ufffd");
    issues.push(`invalid UTF-16: ${lone} lone surrogate(s) replaced`);
  }
  const binary = text.length > 0 && (controls + replacement) / text.length > 0.1;
  if (binary) issues.push(`binary-looking input: ${controls} control and ${replacement} replacement chars`);
  return { text: text.replace(CONTROL, " "), issues, binary };
}
