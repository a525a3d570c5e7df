/**
 * The longest run of literal characters that every match of `re` contains, or null. Only the
 * top level of the pattern is read (groups, classes, escaped classes and quantified characters
 * end a run), and a top-level `|` or the `i` flag gives null, so the answer is a proof: a text
 * without the run cannot match. Rules that no word or literal anchors use it to skip a whole-text
 * scan with one `includes` ("'s " for the personal-data rule).
 *
 * @example
 * requiredLiteral(/\b(?:user|client)'s (?:address|city)\b/u) // "'s "
 */
export function requiredLiteral(re: RegExp): string | null {
  // Case folding and `v`-mode nested classes are beyond this reader.
  if (re.flags.includes("i") || re.flags.includes("v")) return null;
  const src = re.source;
  let best = "";
  let run = "";
  const end = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  for (let i = 0; i < src.length; ) {
    const c = src[i] as string;
    if (c === "|") return null;
    if (c === "?" || c === "*" || c === "+" || c === "{") {
      // The previous character is optional or repeated: it leaves the run.
      run = run.slice(0, -1);
      end();
      if (c !== "{") i++;
      else {
        // Not a quantifier: a literal brace this reader does not follow (it may hide a `|`).
        const q = /^\{\d+(?:,\d*)?\}/.exec(src.slice(i));
        if (q === null) return null;
        i += q[0].length;
      }
      continue;
    }
    if (c === "(" || c === "[") {
      end();
      i = skipGroup(src, i);
      continue;
    }
    if (c === "\\") {
      const next = src[i + 1] ?? "";
      if (/[A-Za-z0-9]/.test(next)) {
        end();
        i = skipEscape(src, i);
      } else {
        run += next;
        i += 2;
      }
      continue;
    }
    if (c === "." || c === "^" || c === "$") end();
    else run += c;
    i++;
  }
  end();
  return best === "" ? null : best;
}

function skipTo(src: string, i: number, close: string): number {
  const j = src.indexOf(close, i);
  return j < 0 ? src.length : j + 1;
}

// A letter or digit escape: \p{..}/\u{..}/\k<..>, \xHH, \uHHHH, \cX, a back-reference or \d...
function skipEscape(src: string, i: number): number {
  const e = src[i + 1] as string;
  if (src[i + 2] === "{" && /[pPu]/.test(e)) return skipTo(src, i, "}");
  if (e === "k" && src[i + 2] === "<") return skipTo(src, i, ">");
  if (e === "x") return i + 4;
  if (e === "u") return i + 6;
  if (e === "c") return i + 3;
  let j = i + 2;
  if (/[0-9]/.test(e)) while (/[0-9]/.test(src[j] ?? "")) j++;
  return j;
}

// A balanced group or a character class, from its opening character to just past its end.
function skipGroup(src: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === "\\") j++;
    else if (inClass) {
      if (c === "]") {
        inClass = false;
        if (depth === 0) return j + 1;
      }
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return j + 1;
  }
  return src.length;
}
