/** Documented exit codes of `airr` (README, "Exit codes"). */
export const EXIT = {
  /** Success (including dry-runs and expected skips such as duplicates). */
  ok: 0,
  /** A remediation failed or verification did not pass; or an unexpected internal error. */
  failure: 1,
  /** Bad input: flags, files, alerts, policies. Nothing was changed. */
  badInput: 2,
} as const;
