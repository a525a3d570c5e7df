// The decoders behind decodeSpans: each turns one encoded run back into text, and the readability
// checks decide whether the result is worth scanning.

// One decoder for every call: constructing a TextDecoder costs more than a short decode.
const UTF8 = new TextDecoder("utf-8", { fatal: false });

// A corrupted byte misaligns everything after it; the readable head still carries the payload.
export function readablePrefix(s: string | null): string | null {
  if (s === null) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 10 && c !== 9) || (c >= 127 && c < 160) || c === 0xfffd) return s.slice(0, i);
  }
  return s;
}

export function readable(s: string): boolean {
  if (s.length < 6) return false;
  let ok = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 10 || c === 9 || c >= 160) ok++;
  }
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  return ok / s.length > 0.95 && letters / s.length > 0.5 && /\s/.test(s);
}

// Most BASE64 matches are words and paths ("Schlussfolgerungen", "/lib/python3"), which decode to
// bytes no text starts with. Whether the readable prefix of the decoded match is shorter than the
// six units `readable` needs is known from its first 16 characters (12 bytes; a match has at
// least 16) without decoding the whole match: this walks those bytes as TextDecoder's UTF-8
// decoder does, and stops at the first character readablePrefix cuts at (a control, U+0080 to
// U+009F, or the U+FFFD of an invalid sequence). Undecided (a sequence runs past the 12th byte)
// answers false. Hand-written: a decoder call per word was most of decodeSpans' time.
export function unreadableHead(m: string): boolean {
  for (let group = 0; group < 4; group++) {
    const bits = sextets(m, 4 * group);
    HEAD[3 * group] = bits >>> 16;
    HEAD[3 * group + 1] = bits >>> 8;
    HEAD[3 * group + 2] = bits;
  }
  let units = 0;
  for (let i = 0; units < 6; ) {
    if (i >= 12) return false;
    const b = HEAD[i] as number;
    if (b < 0x80) {
      if ((b < 32 && b !== 9 && b !== 10) || b === 127) return true;
      units++;
      i++;
      continue;
    }
    if (b < 0xc2 || b > 0xf4) return true;
    const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
    // The lead byte's payload bits, and the range of its first continuation byte (WHATWG UTF-8).
    let cp = b & (0x3f >> need);
    let lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    let hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let j = 1; j <= need; j++) {
      if (i + j >= 12) return false;
      const c = HEAD[i + j] as number;
      if (c < lo || c > hi) return true;
      lo = 0x80;
      hi = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < 0xa0 || cp === 0xfffd) return true;
    units += cp >= 0x10000 ? 2 : 1;
    i += need + 1;
  }
  return false;
}

const HEAD = new Uint8Array(12);

// The 24 bits of the four base64 characters from `at` on.
function sextets(m: string, at: number): number {
  return (
    (sextet(m.charCodeAt(at)) << 18) |
    (sextet(m.charCodeAt(at + 1)) << 12) |
    (sextet(m.charCodeAt(at + 2)) << 6) |
    sextet(m.charCodeAt(at + 3))
  );
}

// The value of a base64 or base64url character.
function sextet(c: number): number {
  if (c >= 97) return c - 71; // a-z: 26-51
  if (c === 95) return 63; // "_"
  if (c >= 65) return c - 65; // A-Z: 0-25
  if (c >= 48) return c + 4; // 0-9: 52-61
  return c === 47 ? 63 : 62; // "/"; "+" or "-"
}

export function fromBase64(s: string): string | null {
  const std = s.replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Buffer.from(std, "base64");
  return bytes.length < 6 ? null : UTF8.decode(bytes);
}

export function fromHex(s: string): string | null {
  if (s.length % 2 !== 0) s = s.slice(0, -1);
  const bytes = new Uint8Array(s.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return UTF8.decode(bytes);
}

export function fromUrl(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export function fromTagChars(text: string): string | null {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xe0020 && cp <= 0xe007e) out += String.fromCharCode(cp - 0xe0000);
  }
  return out.length > 0 ? out : null;
}

/**
 * rot13 over ASCII letters.
 *
 * @example
 * rot13("uryyb") // "hello"
 */
export function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}
