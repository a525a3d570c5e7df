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
  const m = DOC_MARKER.exec(text);
  return m === null ? -1 : m.index + m[0].length;
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const FIND_DOCUMENT_PATTERNS: readonly RegExp[] = [DOC_MARKER];
