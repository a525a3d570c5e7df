// Words that, before a colon, quote or bracket, announce a document ("email:", "the following
// document «").
const MARKER_WORDS =
  "e-?mail|table|my code|code|answer found online|document|context|article|web ?page|website|page|paper|review|resume|résumé|cv|file|passage|snippet|transcript|report|post|tweet|comment|excerpt|wikipedia article|search results?|tool (?:output|result)|html|json";
// Markers that introduce data the application processes rather than the user's own request. A tag
// name ends where no letter or digit follows: `\b` is ASCII-only here, so it never matched after
// "<код" or "<таблица".
const DOC_MARKER = new RegExp(
  `(?:^|\\n|[.?!:] |\\b(?:this|the following|given this|below|attached|here is (?:the|an?|my))\\s)(?:${MARKER_WORDS})\\s?[:'"«“(<]|<(?:document|context|email|article|data)>|\\bsubject: |\\bcontent: |<(?:code|código|codigo|код|kod|kode|table|tabel|tabla|tableau|таблица|caption|img)(?![\\p{L}\\p{N}_])|[:：] ?['"“«「‘]`,
  "gu",
);
// A character every DOC_MARKER match holds, with the context the match needs around it: the colon,
// quote or bracket right after a marker word (the ":" of "email:"), a "<", the colon of
// "subject: " or "content: ", a colon before a quote. Prose has few of them, and KEY's scan
// stops only at [:'"«“(<：], where DOC_MARKER's scan tries every alternative at every offset.
const KEY = new RegExp(`<|[:'"«“(](?<=(?:${MARKER_WORDS})\\s?.)|:(?<=(?:subject|content):)|[:：](?= ?['"“«「‘])`, "u");
// A DOC_MARKER match holds its key at most this many units after its start: a prefix ("the
// following ", 14) plus the longest marker word ("answer found online", 19) plus a space.
const MAX_BEFORE_KEY = 34;

/**
 * Where the embedded document starts in a (normalized) prompt, or -1 when the prompt carries
 * none. Indirect-injection rules only count with full weight inside that part, because the same
 * imperative words are an ordinary request when the user types them. Without a key character no
 * marker can match; with one, no match starts more than MAX_BEFORE_KEY units before it, so
 * DOC_MARKER's scan starts there.
 *
 * @example
 * findDocument("q: who paid? email: subject: invoice") // 19
 */
export function findDocument(text: string): number {
  const key = text.search(KEY);
  if (key < 0) return -1;
  DOC_MARKER.lastIndex = Math.max(0, key - MAX_BEFORE_KEY);
  const m = DOC_MARKER.exec(text);
  return m === null ? -1 : m.index + m[0].length;
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const FIND_DOCUMENT_PATTERNS: readonly RegExp[] = [DOC_MARKER, KEY];
