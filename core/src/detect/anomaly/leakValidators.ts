/**
 * Checksums and range checks that turn a pattern match into a finding. Hand-written: each is a
 * few lines of arithmetic, and the npm packages for them (luhn, iban, crc) would add three
 * dependencies for ~60 lines.
 */

/**
 * Luhn (mod 10) check over the digits of `s` (separators ignored).
 *
 * @example
 * luhnValid("4539 1488 0343 6467") // true
 */
export function luhnValid(s: string): boolean {
  const digits = s.replace(/\D/g, "");
  if (digits.length < 12) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Card brand by issuer prefix and length, or null when no major network issues it.
 *
 * @example
 * cardBrand("378282246310005") // "amex"
 */
export function cardBrand(s: string): string | null {
  const d = s.replace(/\D/g, "");
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === "4" && (n === 13 || n === 16 || n === 19)) return "visa";
  if (n === 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return "mastercard";
  if (n === 15 && (p2 === 34 || p2 === 37)) return "amex";
  if ((n === 16 || n === 19) && (d.startsWith("6011") || d.startsWith("65") || (p4 >= 6440 && p4 <= 6499)))
    return "discover";
  if (n >= 16 && n <= 19 && p4 >= 3528 && p4 <= 3589) return "jcb";
  if (n === 14 && (p2 === 36 || p2 === 38 || (p4 >= 3000 && p4 <= 3059))) return "diners";
  return null;
}

/**
 * US SSN: area 001-899 except 666, group 01-99, serial 0001-9999 (SSA rules since 2011).
 *
 * @example
 * ssnValid("666-12-3456") // false (area 666 is never issued)
 */
export function ssnValid(s: string): boolean {
  const m = /^(\d{3})\D?(\d{2})\D?(\d{4})$/.exec(s);
  if (m === null) return false;
  const area = Number(m[1]);
  return area > 0 && area < 900 && area !== 666 && m[2] !== "00" && m[3] !== "0000";
}

/**
 * IBAN: ISO 13616 mod-97 check (letters A=10..Z=35), length 15-34.
 *
 * @example
 * ibanValid("GB82 WEST 1234 5698 7654 32") // true
 */
export function ibanValid(s: string): boolean {
  const iban = s.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= "A" ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rem = v > 9 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/**
 * CRC-32 (IEEE) of an ASCII string.
 *
 * @example
 * crc32("123456789") // 0xcbf43926
 */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = (CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * Base62 of `n`, left-padded with "0" to `width`.
 *
 * @example
 * base62(61, 2) // "0z"
 */
export function base62(n: number, width: number): string {
  let out = "";
  let v = n;
  do {
    out = B62[v % 62] + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, "0");
}

/**
 * GitHub classic token (`ghp_` etc.): last 6 chars are base62(CRC32 of the 30 random chars).
 *
 * @example
 * githubTokenValid("ghp_" + "x".repeat(36)) // false (checksum)
 */
export function githubTokenValid(token: string): boolean {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(token);
  if (m === null) return /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(token);
  return base62(crc32(m[1] as string), 6) === m[2];
}

/**
 * A JWT whose header and payload decode to JSON objects and whose header names an `alg`.
 *
 * @example
 * jwtValid("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln") // true
 */
export function jwtValid(token: string): boolean {
  const parts = token.split(".");
  if (parts.length !== 3) return false;
  try {
    const header = JSON.parse(Buffer.from(parts[0] as string, "base64url").toString("utf8")) as unknown;
    const payload = JSON.parse(Buffer.from(parts[1] as string, "base64url").toString("utf8")) as unknown;
    return isObject(header) && typeof header.alg === "string" && isObject(payload);
  } catch {
    return false;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
