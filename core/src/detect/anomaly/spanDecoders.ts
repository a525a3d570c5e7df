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
// bytes no text starts with. Whether one of the first six bytes (from the first eight characters:
// a match has 16 or more, so at least 12 bytes) cuts the readable prefix short of the six
// characters `readable` needs is known without decoding the whole match: an ASCII byte decodes to
// itself, and a control byte, a UTF-8 continuation byte or one that never starts a sequence
// (0x80-0xC1, 0xF5-0xFF) to a character readablePrefix cuts at.
export function unreadableHead(m: string): boolean {
  for (let group = 0; group < 8; group += 4) {
    const bits =
      (sextet(m.charCodeAt(group)) << 18) |
      (sextet(m.charCodeAt(group + 1)) << 12) |
      (sextet(m.charCodeAt(group + 2)) << 6) |
      sextet(m.charCodeAt(group + 3));
    for (let shift = 16; shift >= 0; shift -= 8) {
      const byte = (bits >>> shift) & 0xff;
      if (byte === 9 || byte === 10 || (byte >= 32 && byte < 127)) continue;
      return byte < 0xc2 || byte >= 0xf5;
    }
  }
  return false;
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
