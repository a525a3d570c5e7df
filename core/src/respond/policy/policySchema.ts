import { z } from "zod";
import { ALERT_STATES, CLOUDS, SEVERITIES } from "../alert.js";
import { DurationSchema } from "../duration.js";

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);
const Glob = z.string().min(1);

/** Which alerts a policy answers. Every field given must match; lists mean "any of". */
export const MatchSchema = z
  .object({
    /** Glob(s) on `alert.alertName`. */
    alertName: oneOrMany(Glob).optional(),
    /** Glob(s) on `alert.kind`, e.g. `aws.sns.*`. */
    kind: oneOrMany(Glob).optional(),
    cloud: oneOrMany(z.enum(CLOUDS)).optional(),
    severity: oneOrMany(z.enum(SEVERITIES)).optional(),
    state: oneOrMany(z.enum(ALERT_STATES)).optional(),
    /** Glob(s) on `alert.resourceId` (`*` stays within a `/` segment, `**` crosses them). */
    resource: oneOrMany(Glob).optional(),
    /** Every listed label must be present with a value matching the glob. */
    labels: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export const ActionStepSchema = z
  .object({
    /** An action name from the catalogue (`airr` lists them in `policy validate` errors). */
    action: z.string().min(1),
    /** Parameters, templated from the alert: `${alert.resourceId}`, `${alert.labels.team}`. */
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export const ExemptionRuleSchema = z
  .object({
    /** A target id or glob, e.g. `support-chat` or `llm-*`. */
    target: z.string().min(1).optional(),
    /** `key=value`: alerts carrying this label are left alone. */
    label: z
      .string()
      .regex(/^[^=]+=.*$/, "expected key=value")
      .optional(),
    until: z.iso.datetime({ offset: true }),
    reason: z.string().min(1),
    by: z.string().min(1).optional(),
  })
  .strict()
  .refine((rule) => (rule.target === undefined) !== (rule.label === undefined), {
    message: "give exactly one of target or label",
  });

export const GuardrailsSchema = z
  .object({
    /** After acting on a target, this policy leaves that target alone for this long. */
    cooldown: DurationSchema.optional(),
    maxActions: z
      .object({
        window: DurationSchema,
        /** Actions on one target (by any policy) per window. */
        perTarget: z.int().positive().optional(),
        /** Actions by this policy (on any target) per window. */
        perPolicy: z.int().positive().optional(),
      })
      .strict()
      .optional(),
    /** Largest share of known targets one action step may touch: a count and a percentage. */
    blastRadius: z
      .object({
        maxTargets: z.int().positive().default(10),
        maxPercent: z.number().positive().max(100).optional(),
      })
      .strict()
      .default({ maxTargets: 10 }),
    requireApproval: z.boolean().default(false),
    exempt: z.array(ExemptionRuleSchema).default([]),
    /** `stop`: after a failed action, skip this policy's remaining actions. */
    onError: z.enum(["stop", "continue"]).default("stop"),
  })
  .strict();

/**
 * One policy (`apiVersion: airr/v1`, `kind: Policy`). See `examples/policies/` and README.
 *
 * @example
 * PolicySchema.parse({ apiVersion: "airr/v1", kind: "Policy", name: "drift-rollback",
 *   match: { alertName: "*-drift" }, actions: [{ action: "rollback-model",
 *   params: { endpoint: "${alert.resourceId}" } }] });
 */
export const PolicySchema = z
  .object({
    apiVersion: z.literal("airr/v1"),
    kind: z.literal("Policy"),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "expected lower-case letters, digits and dashes"),
    description: z.string().optional(),
    enabled: z.boolean().default(true),
    match: MatchSchema,
    actions: z.array(ActionStepSchema).min(1),
    guardrails: GuardrailsSchema.default({
      blastRadius: { maxTargets: 10 },
      requireApproval: false,
      exempt: [],
      onError: "stop",
    }),
  })
  .strict();

export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type PolicyMatch = z.output<typeof MatchSchema>;
export type ActionStep = z.output<typeof ActionStepSchema>;
export type Guardrails = z.output<typeof GuardrailsSchema>;
export type ExemptionRule = z.output<typeof ExemptionRuleSchema>;

/** Keys allowed in each kind of object, for "unknown key" hints. */
export const KEYS_BY_SECTION: Record<string, readonly string[]> = {
  policy: Object.keys(PolicySchema.shape),
  match: Object.keys(MatchSchema.shape),
  actions: Object.keys(ActionStepSchema.shape),
  guardrails: Object.keys(GuardrailsSchema.shape),
  maxActions: ["window", "perTarget", "perPolicy"],
  blastRadius: ["maxTargets", "maxPercent"],
  exempt: ["target", "label", "until", "reason", "by"],
  list: ["apiVersion", "kind", "policies"],
};
