import { z } from "zod";
import { HealthError } from "./errors.js";
import { PriceSchema } from "./PriceTable.js";

const rate = z.number().min(0).max(1);
const positive = z.number().positive();

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Every threshold the checks use; each check can be switched off. */
export const HealthChecksSchema = z.object({
  confidenceDrift: z
    .object({
      enabled: z.boolean().default(true),
      relativeChange: positive.default(0.1),
      minSamples: z.int().min(1).default(100),
    })
    .prefault({}),
  classDrift: z
    .object({
      enabled: z.boolean().default(true),
      /** Names in `classDriftTests`; each gives its own Signal. */
      tests: z.array(z.string()).min(1).default(["max-shift", "chisquare", "jensenshannon"]),
      /** Per-test thresholds; a test's default otherwise. */
      thresholds: z.record(z.string(), z.number().positive()).default({}),
      minSamples: z.int().min(1).default(100),
    })
    .prefault({}),
  status: z
    .object({
      minSamples: z.int().min(1).default(20),
      degradedErrorRate: rate.default(0.02),
      unhealthyErrorRate: rate.default(0.1),
      degradedLowConfidenceRate: rate.default(0.2),
      unhealthyLowConfidenceRate: rate.default(0.5),
    })
    .prefault({}),
  latency: z
    .object({ p95Ms: positive.optional(), p99Ms: positive.optional(), minSamples: z.int().min(1).default(20) })
    .prefault({}),
  cost: z
    .object({
      dailyBudgetUsd: positive.optional(),
      weeklyBudgetUsd: positive.optional(),
      /** Minutes into a period before the run-out forecast can fire the check. */
      minForecastMinutes: z.number().min(0).default(60),
    })
    .prefault({}),
  tokenRate: z
    .object({ maxTokensPerMinute: positive.optional(), windowMinutes: z.int().min(1).max(60).default(5) })
    .prefault({}),
  retrain: z
    .object({
      minAccuracy: rate.default(0.8),
      minLabelled: z.int().min(1).default(50),
      sustainedDriftEvaluations: z.int().min(1).default(3),
      lowConfidenceRise: positive.default(0.5),
      minLowConfidenceRate: rate.default(0.1),
    })
    .prefault({}),
});

/**
 * The monitor's configuration. Only `model` and `salt` are required; everything else has a
 * documented default (docs/health.md).
 */
export const MonitorConfigSchema = z.object({
  model: z.string().min(1),
  /** Secret key of the input-id HMAC. Never serialized by `toJSON()`. */
  salt: z.string().min(16),
  lowConfidenceThreshold: rate.default(0.5),
  emaAlpha: z.number().gt(0).lte(1).default(0.05),
  windowSize: z.int().min(10).max(1_000_000).default(1000),
  baselineSize: z.int().min(10).max(10_000_000).default(1000),
  maxClasses: z.int().min(2).max(10_000).default(256),
  feedbackCapacity: z.int().min(1).max(1_000_000).default(10_000),
  relativeAccuracy: z.number().gt(0).lt(1).default(0.01),
  timeZone: z.string().refine(isTimeZone, { message: "not an IANA time zone" }).default("UTC"),
  weekStartsOn: z.enum(["monday", "sunday"]).default("monday"),
  wilsonConfidence: z.number().gt(0).lt(1).default(0.95),
  prices: z.record(z.string(), PriceSchema).default({}),
  checks: HealthChecksSchema.prefault({}),
});

export type MonitorConfigInput = z.input<typeof MonitorConfigSchema>;
export type MonitorConfig = z.output<typeof MonitorConfigSchema>;
export type HealthChecksConfig = MonitorConfig["checks"];

/**
 * Validates a monitor configuration once, at the boundary.
 *
 * @example
 * const config = parseMonitorConfig({ model: "fraud", salt: process.env.AIRR_SALT ?? "" });
 */
export function parseMonitorConfig(input: unknown): MonitorConfig {
  const result = MonitorConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join(".") ?? "";
  const salted = path === "salt";
  throw new HealthError("InvalidMonitorConfig", `monitor config ${path || "(root)"}: ${issue?.message ?? "invalid"}`, {
    where: `config${path ? `.${path}` : ""}`,
    hint: salted
      ? "set a secret salt of at least 16 characters (e.g. `openssl rand -hex 32`); it keys the input-id HMAC"
      : "see docs/health.md for every option and its default",
    cause: result.error,
  });
}
