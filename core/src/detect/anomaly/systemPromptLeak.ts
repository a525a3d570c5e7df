/** A system-prompt leak found in an output: the exact span and how it was recognized. */
export interface PromptLeakMatch {
  start: number;
  end: number;
  how: "verbatim" | "paraphrase";
  /** Share of the system prompt's content words the output repeats. */
  coverage: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const STOP = new Set(
  "the a an and or of to in on for with by at from as is are be this that these those you your i me my it its not never do does only any all can may must will should".split(
    " ",
  ),
);
// An output describing its own instructions ("I was set up to", "I'm not supposed to").
const META =
  /\b(?:i (?:was|am|'m) (?:set up|told|instructed|configured|programmed|designed|meant|supposed|not supposed|only allowed|allowed|asked)|i(?:'m| am) (?:only )?allowed|my (?:instructions|rules|system prompt|configuration|guidelines)|i have to|i(?:'m| am) meant to|the gist|keep (?:this|these) (?:rules )?(?:to myself|private|quiet))\b/iu;
const RUN = 8;

/**
 * Finds the configured system prompt in an output: verbatim (a run of at least 8 consecutive
 * words of the prompt, canary removed) or paraphrased (the output restates a large share of the
 * prompt's content words while talking about its own instructions).
 *
 * @example
 * findPromptLeak("You are Bob. Never talk about pricing tiers at all, ever.", "I was told: never talk about pricing tiers")
 */
export function findPromptLeak(
  systemPrompt: string,
  output: string,
  canaries: readonly string[] = [],
): PromptLeakMatch | null {
  let prompt = systemPrompt;
  for (const c of canaries) if (c !== "") prompt = prompt.split(c).join(" ");
  const pw = words(prompt);
  if (pw.length < 4) return null;
  const shingles = new Set<string>();
  for (let i = 0; i + RUN <= pw.length; i++)
    shingles.add(
      pw
        .slice(i, i + RUN)
        .map((w) => w.w)
        .join(" "),
    );
  const ow = words(output);
  let best: { start: number; end: number } | null = null;
  let runStart = -1;
  for (let i = 0; i + RUN <= ow.length; i++) {
    const hit = shingles.has(
      ow
        .slice(i, i + RUN)
        .map((w) => w.w)
        .join(" "),
    );
    if (hit && runStart < 0) runStart = i;
    if (runStart >= 0 && (!hit || i + RUN === ow.length)) {
      const last = hit ? i + RUN - 1 : i + RUN - 2;
      const span = { start: (ow[runStart] as Word).start, end: (ow[last] as Word).end };
      if (best === null || span.end - span.start > best.end - best.start) best = span;
      runStart = -1;
    }
  }
  const content = new Set(pw.filter((w) => !STOP.has(w.w) && w.w.length > 2).map((w) => stem(w.w)));
  const seen = new Set(ow.filter((w) => content.has(stem(w.w))).map((w) => stem(w.w)));
  const coverage = content.size === 0 ? 0 : seen.size / content.size;
  if (best !== null) return { ...best, how: "verbatim", coverage };
  if (coverage >= 0.5 || (coverage >= 0.2 && seen.size >= 4 && META.test(output))) {
    const start = output.search(/\S/);
    return { start: Math.max(0, start), end: output.trimEnd().length, how: "paraphrase", coverage };
  }
  return null;
}

interface Word {
  w: string;
  start: number;
  end: number;
}

function words(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(WORD))
    out.push({ w: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

// A crude stem (first 5 letters) so "reveal"/"revealing", "passwords"/"password" meet.
function stem(w: string): string {
  return w.slice(0, 5);
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const SYSTEM_PROMPT_LEAK_PATTERNS: readonly RegExp[] = [WORD, META];
