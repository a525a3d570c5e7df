/**
 * The attack families the injection detector reports.
 *
 * @example
 * ATTACK_FAMILIES.includes("fake_delimiter") // true
 */
export const ATTACK_FAMILIES = [
  "instruction_override",
  "roleplay_jailbreak",
  "prompt_extraction",
  "fake_delimiter",
  "indirect_injection",
  "tool_hijack",
  "encoding_evasion",
  "adversarial_suffix",
  "harmful_request",
] as const;
export type AttackFamily = (typeof ATTACK_FAMILIES)[number];

/**
 * One weighted rule. `re` runs on the normalized (lower-cased, folded) text unless `raw` is set,
 * in which case it runs on the original text (chat-template tokens do not survive folding).
 * `inDocument` rules count fully only when the prompt carries a document (e-mail, table, code,
 * web page), because the same words are an ordinary request when a user types them.
 */
export interface InjectionRule {
  id: string;
  family: AttackFamily;
  /** Evidence strength in (0, 1): combined by noisy-OR across rules. */
  weight: number;
  re: RegExp;
  raw?: boolean;
  inDocument?: boolean;
  /** A script the text must contain for the rule to run (a fast skip for other scripts). */
  script?: RegExp;
  /** Counts only when the prompt carries no document (code and data legitimately do this). */
  outsideDocument?: boolean;
  /**
   * A cheap necessary condition for a match to start at `at` (a raw rule's literal anchor or the
   * text start): the regex is tried only where it holds. It must never reject where `re` matches.
   */
  startCheck?: (text: string, at: number) => boolean;
  /** Human-readable reason shown in the verdict. */
  reason: string;
}

/** A benign counter-cue: lowers the score when present (teaching, security work, quoting). */
export interface CounterCue {
  id: string;
  /** Multiplier applied to the rule evidence, in (0, 1). */
  factor: number;
  re: RegExp;
}

/** Bounded gap of up to `n` characters inside one sentence: keeps every rule linear-time. */
export const gap = (n: number): string => `[^.!?\\n。！？]{0,${n}}`;

/** Builds a rule regex from source parts (no catastrophic constructs: bounded gaps only). */
export const rx = (...parts: string[]): RegExp => new RegExp(parts.join(""), "u");
