import { allowKey, EXAMPLE_ALLOWLIST } from "./exampleAllowlist.js";
import { MAX_INPUT_CHARS, prepareInput } from "./inputLimits.js";
import { LEAK_PATTERNS, type LeakKind, type LeakPattern } from "./leakPatterns.js";
import { findPromptLeak } from "./systemPromptLeak.js";

/** One leaked value: its kind and exact span in the scanned text. */
export interface LeakFinding {
  kind: LeakKind;
  /** The exact substring found. Sensitive: never log it. */
  value: string;
  start: number;
  end: number;
}

/** The result of scanning one output. */
export interface OutputScan {
  leak: boolean;
  findings: LeakFinding[];
  /** Input problems (truncation, invalid UTF-16, binary). */
  issues: string[];
}

/** Options of `OutputScanner`. */
export interface OutputScannerOptions {
  /** Documented example values to ignore, added to the built-in list. */
  allowlist?: readonly string[];
  /** Replace the built-in allowlist instead of extending it. */
  replaceAllowlist?: boolean;
  canaries?: readonly string[];
  systemPrompt?: string;
  kinds?: readonly LeakKind[];
  maxChars?: number;
}

// Overlaps resolve to the more specific kind (a card number is not also a phone number).
const PRIORITY: LeakKind[] = [
  "canary_token",
  "private_key",
  "jwt",
  "github_token",
  "aws_access_key",
  "aws_secret_key",
  "iban",
  "credit_card",
  "us_ssn",
  "email",
  "phone",
  "system_prompt_leak",
];

/**
 * Scans model output for leaked PII, secrets, canaries and the system prompt. Every pattern
 * match is validated (Luhn, SSN ranges, IBAN mod-97, GitHub CRC32, JWT decoding) and checked
 * against an allowlist of documented example values before it becomes a finding.
 *
 * @example
 * new OutputScanner().scan("card 4539 1488 0343 6467").findings[0]?.kind // "credit_card"
 */
export class OutputScanner {
  private readonly allow: Set<string>;
  private readonly patterns: readonly LeakPattern[];

  constructor(private readonly options: OutputScannerOptions = {}) {
    const base = options.replaceAllowlist ? [] : EXAMPLE_ALLOWLIST;
    this.allow = new Set([...base, ...(options.allowlist ?? [])].map(allowKey));
    const kinds = options.kinds === undefined ? null : new Set(options.kinds);
    this.patterns = LEAK_PATTERNS.filter((p) => kinds === null || kinds.has(p.kind));
  }

  /** Scans one output; `perCall` canaries and system prompt apply to this call only. */
  scan(input: unknown, perCall: { systemPrompt?: string; canaries?: readonly string[] } = {}): OutputScan {
    const { text, issues } = prepareInput(input, this.options.maxChars ?? MAX_INPUT_CHARS);
    const found: LeakFinding[] = [];
    for (const p of this.patterns)
      for (const m of text.matchAll(p.re)) {
        const value = m[0];
        if (!this.allow.has(allowKey(value)) && p.valid(value, text, m.index))
          found.push({ kind: p.kind, value, start: m.index, end: m.index + value.length });
      }
    const canaries = [...(this.options.canaries ?? []), ...(perCall.canaries ?? [])].filter((c) => c.length >= 4);
    for (const c of canaries) {
      let i = text.indexOf(c);
      while (i >= 0) {
        found.push({ kind: "canary_token", value: c, start: i, end: i + c.length });
        i = text.indexOf(c, i + c.length);
      }
    }
    const prompt = perCall.systemPrompt ?? this.options.systemPrompt;
    if (prompt !== undefined && prompt.trim() !== "") {
      const leak = findPromptLeak(prompt, text, canaries);
      if (leak !== null)
        found.push({
          kind: "system_prompt_leak",
          value: text.slice(leak.start, leak.end),
          start: leak.start,
          end: leak.end,
        });
    }
    const findings = resolveOverlaps(found);
    return { leak: findings.length > 0, findings, issues };
  }
}

function resolveOverlaps(found: LeakFinding[]): LeakFinding[] {
  const rank = (k: LeakKind) => PRIORITY.indexOf(k);
  const sorted = [...found].sort((a, b) => rank(a.kind) - rank(b.kind) || a.start - b.start);
  const kept: LeakFinding[] = [];
  for (const f of sorted) {
    // A prompt leak legitimately contains other findings (an e-mail inside the leaked prompt).
    const clash =
      f.kind !== "system_prompt_leak" &&
      kept.some((k) => k.kind !== "system_prompt_leak" && f.start < k.end && k.start < f.end);
    if (!clash && !kept.some((k) => k.kind === f.kind && k.start === f.start)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || rank(a.kind) - rank(b.kind));
}
