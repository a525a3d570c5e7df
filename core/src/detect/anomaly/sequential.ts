/**
 * `text` itself, or a sequential copy of it when it may be a slice of another string or a
 * concatenation (V8's representations). Callers of scanText pass every text through this: once
 * its character loop has read such a string, V8 compiles it for every representation, and it runs
 * about three times slower on all text from then on.
 *
 * @example
 * sequential(prompt.toLowerCase(), prompt) // a copy only when lower-casing returned `prompt`
 */
export function sequential(text: string, source?: string): string {
  // Array join writes a new flat string; a new lower-cased or normalized string already is one.
  if (source !== undefined && text !== source) return text;
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join("");
}
