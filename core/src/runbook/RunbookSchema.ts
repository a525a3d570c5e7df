import { z } from "zod";
import { SEVERITIES } from "../respond/alert.js";

/** Who does a step. The RACI in runbooks/PLAYBOOK.md defines each role. */
export const RUNBOOK_ROLES = [
  "incident-commander",
  "ml-on-call",
  "security-engineer",
  "platform-engineer",
  "model-owner",
  "privacy-officer",
  "legal",
  "communications-lead",
] as const;
export type RunbookRole = (typeof RUNBOOK_ROLES)[number];

/** The runbook phases, in order; each maps onto one NIST SP 800-61 Rev. 2 phase. */
export const RUNBOOK_PHASES = ["detection", "containment", "eradication", "recovery", "lessonsLearned"] as const;
export type RunbookPhase = (typeof RUNBOOK_PHASES)[number];

export const RUNBOOK_PHASE_TITLES: Record<RunbookPhase, string> = {
  detection: "Detection",
  containment: "Containment",
  eradication: "Eradication",
  recovery: "Recovery",
  lessonsLearned: "Lessons learned",
};

/** SP 800-61 Rev. 2's four-phase life cycle; the runbooks start after Preparation. */
export const SP800_61R2_PHASES = [
  "Preparation",
  "Detection and Analysis",
  "Containment, Eradication, and Recovery",
  "Post-Incident Activity",
] as const;

export const PHASE_TO_SP800_61R2: Record<RunbookPhase, (typeof SP800_61R2_PHASES)[number]> = {
  detection: "Detection and Analysis",
  containment: "Containment, Eradication, and Recovery",
  eradication: "Containment, Eradication, and Recovery",
  recovery: "Containment, Eradication, and Recovery",
  lessonsLearned: "Post-Incident Activity",
};

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected lower-case kebab-case, e.g. rotate-secret");

/**
 * How a step is automated: the `airr` command a responder runs (dry-run first), and, when the
 * step is a remediation, the engine action `airr runbook run` executes with guardrails.
 * `${target}` and `${NAME}` in `params` and `command` are filled from `--target` and `--set`.
 */
export const RunbookAutomationSchema = z
  .object({
    command: z.string().regex(/^airr /, "an automation command starts with `airr `"),
    action: Id.optional(),
    /** The action's parameters, as in a policy; the target is one of them (`endpoint`, `secret`). */
    params: z.record(z.string(), z.unknown()).default({}),
    /** The engine waits for `airr approve` before acting (disruptive steps). */
    requireApproval: z.boolean().default(false),
  })
  .strict();

export const RunbookStepSchema = z
  .object({
    id: Id,
    title: z.string().min(1),
    owner: z.enum(RUNBOOK_ROLES),
    /** What a human verifies before or after the step. At least one: nothing runs unexamined. */
    checks: z.array(z.string().min(1)).min(1),
    automation: RunbookAutomationSchema.optional(),
    /** CSF 2.0 subcategories (SP 800-61 Rev. 3) this step delivers. */
    csf: z.array(z.string()).default([]),
  })
  .strict();

const IdList = z.array(z.string().min(1)).default([]);

export const RunbookMappingsSchema = z
  .object({
    atlas: z.object({ techniques: IdList, tactics: IdList, mitigations: IdList, caseStudies: IdList }).strict(),
    /** CSF 2.0 subcategories for the runbook as a whole; each step may cite more. */
    csf: IdList,
    aiRmf: IdList,
    ai600: z.object({ risks: IdList, actions: IdList }).strict(),
    owasp: IdList,
  })
  .strict();

export const RunbookInputSchema = z
  .object({ name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), description: z.string().min(1) })
  .strict();

/**
 * A machine-readable incident-response runbook (`runbooks/<name>.yaml`). The Markdown beside it
 * is rendered from it by `renderRunbookMarkdown`, so the two cannot disagree.
 *
 * @example
 * const runbook = parseRunbook(yamlText, "runbooks/secret-exposure.yaml");
 */
export const RunbookSchema = z
  .object({
    schema: z.literal("airr.runbook/v1"),
    name: Id,
    title: z.string().min(1),
    summary: z.string().min(1),
    severity: z.enum(SEVERITIES),
    /** The kind of resource `--target` names: an endpoint, a secret, a data store. */
    target: z.object({ kind: z.enum(["endpoint", "secret", "store"]), description: z.string().min(1) }).strict(),
    inputs: z.array(RunbookInputSchema).default([]),
    /** Which airr signals open this runbook, and what each means. */
    signals: z.array(z.object({ signal: z.string().min(1), meaning: z.string().min(1) }).strict()).min(1),
    phases: z
      .object({
        detection: z.array(RunbookStepSchema).min(1),
        containment: z.array(RunbookStepSchema).min(1),
        eradication: z.array(RunbookStepSchema).min(1),
        recovery: z.array(RunbookStepSchema).min(1),
        lessonsLearned: z.array(RunbookStepSchema).min(1),
      })
      .strict(),
    mappings: RunbookMappingsSchema,
    scenario: z.string().min(1).optional(),
    notes: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .superRefine((runbook, ctx) => {
    const ids = RUNBOOK_PHASES.flatMap((p) => runbook.phases[p].map((s) => s.id));
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined)
      ctx.addIssue({ code: "custom", message: `step id "${dup}" is used twice`, path: ["phases"] });
  });

export type RunbookAutomation = z.infer<typeof RunbookAutomationSchema>;
export type RunbookStep = z.infer<typeof RunbookStepSchema>;
export type RunbookMappings = z.infer<typeof RunbookMappingsSchema>;
export type Runbook = z.infer<typeof RunbookSchema>;
