/**
 * Writes ` ${lower.replace(/\s+/g, " ")} ` as char codes into `buf` (at least lower.length + 2
 * long) and returns its length: the embedder's n-gram text, in one loop instead of a regex, a
 * concatenation and a charCodeAt per n-gram character. Branch-free per character, as spaces come
 * at unpredictable places.
 */
export function padCollapsed(lower: string, buf: Uint16Array): number {
  buf[0] = 32;
  let len = 1;
  let previous = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const space = spaceFlag(c);
    buf[len] = c + ((32 - c) & -space);
    // A space right after a space is overwritten by the next character.
    len += 1 - (space & previous);
    previous = space;
  }
  buf[len++] = 32;
  return len;
}

/** 1 if the UTF-16 code `c` is one of JavaScript's `\s` characters (what the embedder collapses), else 0. */
export function spaceFlag(c: number): number {
  return SPACES[c] as number;
}

// A lookup over every UTF-16 code (64 KB, built once): the embedder asks per character, and a
// chain of range tests or a smaller table with a bounds branch costs it a quarter of its time.
const SPACES = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACES[c] = 1;
SPACES.fill(1, 0x2000, 0x200b);
