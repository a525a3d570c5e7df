import { encodedRuns } from "./encodedRuns.js";
import {
  fromBase64,
  fromHex,
  fromTagChars,
  fromUrl,
  readable,
  readablePrefix,
  rot13,
  unreadableHead,
} from "./spanDecoders.js";
import { CAESAR_PAIR, HIDDEN, LEFT_BRACKET, LESS_THAN, PERCENT, THIRTEEN } from "./textScan.js";

/** A span of hidden text recovered from the input, with how it was hidden. */
export interface DecodedSpan {
  encoding: "base64" | "hex" | "url" | "rot13" | "tag-chars" | "comment";
  text: string;
}

// Bounded quantifiers keep every pattern linear (checked by recheck in the tests).
const BASE64 = /[A-Za-z0-9+/_-]{16,4096}={0,2}/g;
const HEX = /(?:[0-9a-fA-F]{2}[\s:]?){12,2048}/g;
const URLENC = /(?:[\w.~+-]{0,32}%[0-9a-fA-F]{2}){3,1024}[\w.~+-]{0,32}/g;
const COMMENT = /<!--([\s\S]{0,4000}?)-->|\[\/\/\]: ?# ?\(([^)\n]{0,2000})\)/g;
const ROT13_CUE = /\brot[- ]?13\b|\bcaesar\b/i;
// ROT13_CUE needs "13" or "caesar": a literal search and this short regex are far cheaper than
// ROT13_CUE's case-insensitive scan of every offset.
const CAESAR = /caesar/i;
// ROT13_CUE's first alternative ending at a "13" found by a native search: without "caesar" in the
// text only that alternative can match, and prompts hold "13" (dates, numbers) far more often than
// "rot13", so this replaces ROT13_CUE's case-insensitive scan of every offset.
const ROT13_AT = /(?<=\brot[- ]?)13\b/iy;
const MAX_SPANS = 16;
// A base64 match mixes cases or digits (a lower-case word alone is no payload); module constants,
// as a literal in the loop made a new RegExp per match.
const HAS_LOWER = /[a-z]/;
const HAS_UPPER_OR_DIGIT = /[A-Z0-9]/;

/** What a caller's own scan of the text already knows, to spare decodeSpans a pass. */
export interface DecodeHints {
  /** False when the text holds no run of 16 base64 characters (then no BASE64 match). */
  base64?: boolean;
  /**
   * The text NFKC-normalized and lower-cased. It holds "caesa" wherever the text matches
   * `/caesar/i` (NFKC keeps ASCII letters; only the last may compose with a combining mark after
   * it), and a native search for that spares the case-insensitive scan of most texts.
   */
  folded?: string;
  /**
   * `TextScan.bits` of `folded`: without LESS_THAN, LEFT_BRACKET, PERCENT, HIDDEN, THIRTEEN or
   * CAESAR_PAIR the search for comments, URL escapes, tag characters or the rot13 cue is skipped.
   */
  cues?: number;
  /**
   * For a text of ASCII only: where every maximal run of 15 or more base64 characters starts,
   * ascending (then no search for them).
   */
  base64Starts?: readonly number[] | undefined;
}
const NO_HINTS: DecodeHints = {};
const ALL_CUES = -1;

/**
 * Recovers text hidden with common encodings: base64 and hex runs that decode to readable text,
 * URL-encoded runs, Unicode tag characters (ASCII smuggling), HTML/Markdown comments, and the
 * whole text under rot13 when the text mentions rot13. Only readable results are kept.
 *
 * @example
 * decodeSpans("run aWdub3JlIGFsbCBydWxlcw==")[0] // { encoding: "base64", text: "ignore all rules" }
 */
export function decodeSpans(text: string, hints: DecodeHints = NO_HINTS): DecodedSpan[] {
  const out: DecodedSpan[] = [];
  const push = (encoding: DecodedSpan["encoding"], decoded: string | null) => {
    if (decoded !== null && out.length < MAX_SPANS && readable(decoded)) out.push({ encoding, text: decoded });
  };
  const cues = hints.cues ?? ALL_CUES;
  const runs = encodedRuns(text, hints.base64 !== false, hints.base64Starts);
  for (const m of runs.base64)
    if (HAS_LOWER.test(m) && HAS_UPPER_OR_DIGIT.test(m) && !unreadableHead(m))
      push("base64", readablePrefix(fromBase64(m)));
  if (runs.hex) for (const m of text.matchAll(HEX)) push("hex", readablePrefix(fromHex(m[0].replace(/[\s:]/g, ""))));
  if (cues & PERCENT && hasEscapes(text, 3)) for (const m of text.matchAll(URLENC)) push("url", fromUrl(m[0]));
  // Tag characters are astral: their UTF-16 high surrogate is always U+DB40.
  const tags = cues & HIDDEN && text.includes("\udb40") ? fromTagChars(text) : null;
  if (tags !== null) out.push({ encoding: "tag-chars", text: tags });
  if ((cues & LESS_THAN && text.includes("<!--")) || (cues & LEFT_BRACKET && text.includes("[//]")))
    for (const m of text.matchAll(COMMENT)) {
      const body = (m[1] ?? m[2] ?? "").trim();
      if (body.length > 0 && out.length < MAX_SPANS) out.push({ encoding: "comment", text: body });
    }
  const caesar =
    (cues & CAESAR_PAIR) !== 0 && (hints.folded === undefined || hints.folded.includes("caesa")) && CAESAR.test(text);
  if (caesar ? ROT13_CUE.test(text) : (cues & THIRTEEN) !== 0 && rot13Cue(text))
    out.push({ encoding: "rot13", text: rot13(text) });
  return out;
}

// ROT13_CUE.test(text) for a text with no "caesar" in any case.
function rot13Cue(text: string): boolean {
  for (let at = text.indexOf("13"); at >= 0; at = text.indexOf("13", at + 1)) {
    ROT13_AT.lastIndex = at;
    if (ROT13_AT.test(text)) return true;
  }
  return false;
}

// URLENC needs three %XX escapes; most text with a "%" is a percentage, so count them first
// (indexOf is a native search) and run URLENC's backtracking scan only when there are enough.
function hasEscapes(text: string, min: number): boolean {
  let n = 0;
  for (let i = text.indexOf("%"); i >= 0 && i + 2 < text.length; i = text.indexOf("%", i + 1))
    if (isHexDigit(text.charCodeAt(i + 1)) && isHexDigit(text.charCodeAt(i + 2)) && ++n >= min) return true;
  return false;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const DECODE_SPANS_PATTERNS: readonly RegExp[] = [
  ...[BASE64, HEX, URLENC, COMMENT, ROT13_CUE, CAESAR, ROT13_AT],
  ...[HAS_LOWER, HAS_UPPER_OR_DIGIT],
];
