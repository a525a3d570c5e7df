// Markers that introduce data the application processes rather than the user's own request.
const DOC_MARKER =
  /(?:^|\n|[.?!:] |\b(?:this|the following|given this|below|attached|here is (?:the|an?|my))\s)(?:e-?mail|table|my code|code|answer found online|document|context|article|web ?page|website|page|paper|review|resume|résumé|cv|file|passage|snippet|transcript|report|post|tweet|comment|excerpt|wikipedia article|search results?|tool (?:output|result)|html|json)\s?[:'"«“(<]|<(?:document|context|email|article|data)>|\bsubject: |\bcontent: |<(?:code|código|codigo|код|kod|kode|table|tabel|tabla|tableau|таблица|caption|img)\b|[:：] ?['"“«「‘]/u;

/**
 * Where the embedded document starts in a (normalized) prompt, or -1 when the prompt carries
 * none. Indirect-injection rules only count with full weight inside that part, because the same
 * imperative words are an ordinary request when the user types them.
 *
 * @example
 * findDocument("q: who paid? email: subject: invoice") // 19
 */
export function findDocument(text: string): number {
  const first = text.search(MARK);
  if (first < 0) return -1;
  DOC_MARKER_FROM.lastIndex = Math.max(0, first - MAX_BEFORE_MARK);
  const m = DOC_MARKER_FROM.exec(text);
  return m === null ? -1 : m.index + m[0].length;
}

// Every DOC_MARKER match holds one of these (the quote or bracket closing a "document:" marker,
// the "<" of a tag, the ":" of "subject: "), at most MAX_BEFORE_MARK units after its start: a
// prefix ("the following ", 14) plus the longest marker word ("answer found online", 19) plus
// a space. So no match starts before the first of them minus that, and the scan, whose cost
// is per offset, starts there.
const MARK = /[:'"«“(<：]/;
const MAX_BEFORE_MARK = 34;
const DOC_MARKER_FROM = new RegExp(DOC_MARKER.source, "gu");

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const FIND_DOCUMENT_PATTERNS: readonly RegExp[] = [DOC_MARKER_FROM, MARK];
