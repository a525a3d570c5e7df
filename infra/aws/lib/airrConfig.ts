import * as z from "zod";

/**
 * What the stack deploys, from `cdk.json` context key `airr` (defaults) overridden by single
 * context values on the command line (`-c endpoints=a,b -c policyFile=./my-policies.yaml`).
 */
export const AirrConfigSchema = z.object({
  /** SageMaker endpoint names airr may act on; each gets 5XX and latency alarms. */
  endpoints: z.array(z.string().min(1)).default([]),
  /** Policy YAML bundled with the function, relative to infra/aws. */
  policyFile: z.string().min(1).default("policies/default.yaml"),
  /** Or: an SSM parameter holding the policy YAML (read at cold start instead of the bundled file). */
  policySsmParameter: z.string().optional(),
  /** Secret ARNs `rotate-secret` may rotate. */
  secretArns: z.array(z.string()).default([]),
  /** Bucket names `block-public-access` / `quarantine-data` may change. */
  bucketNames: z.array(z.string()).default([]),
  /** KMS key ARNs `enforce-cmek` may put on endpoints (none: the encryption port is off). */
  kmsKeyArns: z.array(z.string()).default([]),
  /** WAF regex pattern sets for `block-prompt` (10 patterns each; 0 turns WAF blocking off). */
  wafPatternSets: z.number().int().min(0).max(10).default(2),
  wafScope: z.enum(["REGIONAL", "CLOUDFRONT"]).default("REGIONAL"),
  /**
   * Alarm-name prefixes for an EventBridge rule that sends every matching alarm's ALARM and OK
   * transitions to the function, so existing alarms need no new action. Empty: no rule (wire alarms
   * to the SNS topic instead). `["*"]` matches every alarm in the account and region.
   */
  alarmRulePrefixes: z.array(z.string().min(1)).default([]),
  /** `apply` acts as policies say; `dry-run` only records what it would do. */
  mode: z.enum(["apply", "dry-run"]).default("apply"),
  thresholds: z
    .object({
      /** SageMaker Invocation5XXErrors per minute. */
      errors5xx: z.number().positive().default(5),
      /** SageMaker ModelLatency p99, in milliseconds. */
      latencyP99Ms: z.number().positive().default(1000),
      /** airr's own DriftScore metric (namespace `airr`). */
      driftScore: z.number().positive().default(0.2),
      /** airr's BlockedPromptRate metric: share of prompts blocked per 5 minutes. */
      blockedPromptRate: z.number().positive().default(0.05),
    })
    .default({ errors5xx: 5, latencyP99Ms: 1000, driftScore: 0.2, blockedPromptRate: 0.05 }),
});
export type AirrConfig = z.output<typeof AirrConfigSchema>;

const LISTS = ["endpoints", "secretArns", "bucketNames", "kmsKeyArns", "alarmRulePrefixes"] as const;

/** Merges the `airr` context object with single-key overrides; throws a readable error on bad input. */
export function airrConfigFromContext(tryGetContext: (key: string) => unknown): AirrConfig {
  const base = (tryGetContext("airr") ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...base };
  for (const key of LISTS) {
    const value = tryGetContext(key);
    if (typeof value === "string")
      merged[key] = value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);
    else if (Array.isArray(value)) merged[key] = value;
  }
  for (const key of ["policyFile", "policySsmParameter", "wafScope", "mode"] as const) {
    const value = tryGetContext(key);
    if (typeof value === "string") merged[key] = value;
  }
  const sets = tryGetContext("wafPatternSets");
  if (sets !== undefined) merged["wafPatternSets"] = Number(sets);
  const parsed = AirrConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid airr context at ${issue?.path.join(".") || "(root)"}: ${issue?.message}; see docs/aws.md`);
  }
  return parsed.data;
}
