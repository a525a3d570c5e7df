import { sequential } from "./sequential.js";

/**
 * Inputs longer than this are truncated before scanning; the verdict says so.
 *
 * @example
 * prepareInput("x".repeat(MAX_INPUT_CHARS + 1)).issues[0] // "truncated: 65537 chars > cap 65536"
 */
export const MAX_INPUT_CHARS = 64 * 1024;

/** What `prepareInput` did to make an untrusted value safe to scan. */
export interface PreparedInput {
  text: string;
  /** Human-readable reasons, e.g. `truncated: 1048576 chars > cap 65536`. */
  issues: string[];
  /** True when the value looks like binary data rather than text. */
  binary: boolean;
  /** True when every unit of `text` is ASCII (normalizeText then skips NFKC). */
  ascii: boolean;
}

// Control characters other than tab/newline/carriage return: many of them mean binary input.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
// As CONTROL, with U+FFFD and surrogates: [\u0000-\u0008\u000e-\u001f\u007f\ufffd\ud800-\udfff],
// written as the complement (the tests compare both on every unit), which V8 scans ~20% faster.
// Global: searched from the first unit past printable ASCII (see ASCII_TEXT), none before it can match.
const NEEDS_SCAN = /[^\t-\r -~\u0080-\ud7ff\ue000-\ufffc\ufffe\uffff]/g;
// Anything but printable ASCII and \t-\r: most prompts hold none past some offset, and one native
// search up to the first such unit answers both whether a repair scan is needed and whether the
// text is ASCII, which otherwise took a NEEDS_SCAN search plus normalizeText's NON_ASCII search.
const ASCII_TEXT = /[^\t-\r -~]/g;
const NON_ASCII = /[^\0-\x7f]/;

/**
 * Makes any value safe to scan: non-strings, lone UTF-16 surrogates, NUL/control bytes and
 * oversize text are handled here once, so the detectors can assume well-formed, bounded text.
 *
 * @example
 * prepareInput("a\uD800b").issues // ["invalid UTF-16: 1 lone surrogate(s) replaced"]
 */
export function prepareInput(value: unknown, maxChars = MAX_INPUT_CHARS): PreparedInput {
  const issues: string[] = [];
  let text: string;
  if (typeof value === "string") text = value;
  else if (value instanceof Uint8Array) {
    text = new TextDecoder("utf-8", { fatal: false }).decode(value);
    issues.push(`bytes input: ${value.length} bytes decoded as UTF-8`);
  } else {
    text = value === null || value === undefined ? "" : String(value);
    issues.push(`non-string input of type ${value === null ? "null" : typeof value}`);
  }
  if (text.length > maxChars) {
    issues.push(`truncated: ${text.length} chars > cap ${maxChars}`);
    text = text.slice(0, maxChars);
  }
  // The text goes out as a sequential string (a flat copy of a slice or a concatenation): every
  // detector scans it, and a character loop that has read another kind runs ~3x slower on all
  // text (see `sequential`).
  // Most prompts need no repair at all: one native scan for any unit scanChars counts (a
  // surrogate may be half of a valid pair; then scanChars tells) skips the character loop.
  ASCII_TEXT.lastIndex = 0;
  if (!ASCII_TEXT.test(text)) return { text: sequential(text), issues, binary: false, ascii: true };
  const first = ASCII_TEXT.lastIndex - 1;
  NEEDS_SCAN.lastIndex = first;
  if (!NEEDS_SCAN.test(text)) return { text: sequential(text), issues, binary: false, ascii: false };
  // Neither repair changes whether the text is ASCII (controls become spaces, surrogates U+FFFD).
  const ascii = text.charCodeAt(first) < 0x80 && !NON_ASCII.test(text);
  const { lone, controls, replacement: found } = scanChars(text);
  if (lone > 0) {
    text = replaceLoneSurrogates(text).text;
    issues.push(`invalid UTF-16: ${lone} lone surrogate(s) replaced`);
  }
  // Every replaced surrogate became one U+FFFD.
  const replacement = found + lone;
  const binary = text.length > 0 && (controls + replacement) / text.length > 0.1;
  if (binary) issues.push(`binary-looking input: ${controls} control and ${replacement} replacement chars`);
  if (controls > 0) text = text.replace(CONTROL, " ");
  return { text: sequential(text), issues, binary, ascii };
}

// Lone surrogates, CONTROL characters and U+FFFD in one character loop.
function scanChars(text: string): { lone: number; controls: number; replacement: number } {
  let lone = 0;
  let controls = 0;
  let replacement = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 0x7f) {
      if (c <= 8 || c >= 14) controls++;
    } else if (c === 0xfffd) replacement++;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      else lone++;
    }
  }
  return { lone, controls, replacement };
}

// `String.prototype.toWellFormed` is ES2024; the lib target is ES2023, so this is done by hand.
function replaceLoneSurrogates(text: string): { text: string; count: number } {
  let count = 0;
  let out = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++;
      continue;
    }
    out += `${text.slice(last, i)}\ufffd`;
    last = i + 1;
    count++;
  }
  return count === 0 ? { text, count } : { text: out + text.slice(last), count };
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const INPUT_LIMITS_PATTERNS: readonly RegExp[] = [CONTROL, NEEDS_SCAN, ASCII_TEXT, NON_ASCII];
