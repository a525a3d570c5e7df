/**
 * How an entry matches a prompt: `exact` text, `normalized` (after PromptGuard's normalization,
 * so obfuscated variants match too), or a `regex` (RE2-safe subset; WAF-compatible).
 */
export type BlockMatch = "exact" | "normalized" | "regex";

export interface BlockedPrompt {
  /** Stable id; adding the same id twice is a no-op. */
  id: string;
  pattern: string;
  match: BlockMatch;
  reason: string;
  addedAt: string;
  /** The incident that added it, for audit and undo. */
  incidentId: string | null;
}

/** The prompt blocklist PromptGuard consults (and, on clouds, the WAF at the edge). */
export interface PromptBlocklist {
  list(): Promise<BlockedPrompt[]>;
  /** Idempotent by `entry.id`. */
  add(entry: BlockedPrompt): Promise<void>;
  /** Idempotent: removing an absent id is a no-op. */
  remove(id: string): Promise<void>;
}
