import { AlertSchema } from "@airr/core";
import { z } from "zod";

// Schemas of the StateStore files under `state/` (claims, cooldowns, audit, incidents).

import { Time } from "./checkInput.js";

export const CLAIMS_FILE = "state/claims.json";
export const ClaimRecordSchema = z
  .object({
    key: z.string().min(1),
    owner: z.string().min(1),
    claimedAt: Time,
    expiresAt: Time,
    settled: z.boolean(),
  })
  .strict();
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;
export const ClaimsFileSchema = z.object({ claims: z.array(ClaimRecordSchema) }).strict();

export const COOLDOWNS_FILE = "state/cooldowns.json";
export const CooldownsFileSchema = z
  .object({ cooldowns: z.array(z.object({ scope: z.string().min(1), until: Time }).strict()) })
  .strict();

export const ACTIONS_FILE = "state/actions.json";
export const ActionsFileSchema = z
  .object({ actions: z.array(z.object({ scope: z.string().min(1), at: z.array(Time) }).strict()) })
  .strict();
/** Per scope, only the newest this many action times are kept (memory and file stay bounded). */
export const MAX_ACTIONS_PER_SCOPE = 10_000;

export const APPROVALS_FILE = "state/approvals.json";
export const ApprovalSchema = z
  .object({
    incidentId: z.string().min(1),
    actionKey: z.string().min(1),
    paramsHash: z.string().min(1),
    approvedBy: z.string().min(1),
    at: Time,
  })
  .strict();
export const ApprovalsFileSchema = z.object({ approvals: z.array(ApprovalSchema) }).strict();

export const EXEMPTIONS_FILE = "state/exemptions.json";
export const ExemptionSchema = z
  .object({ target: z.string().min(1), reason: z.string(), by: z.string().min(1), until: Time })
  .strict();
export const ExemptionsFileSchema = z.object({ exemptions: z.array(ExemptionSchema) }).strict();

export const AUDIT_FILE = "state/audit.jsonl";
export const AuditEntrySchema = z
  .object({
    at: Time,
    incidentId: z.string().min(1),
    phase: z.enum(["intent", "outcome", "note"]),
    actionKey: z.string().nullable(),
    event: z.string().min(1),
    detail: z.record(z.string(), z.unknown()),
  })
  .strict();

export const INCIDENTS_DIR = "state/incidents";
/**
 * The fields the store relies on (id, times for ordering, the arrays the CLI walks). The rest of
 * an incident is the engine's business and is kept as written.
 */
export const IncidentFileSchema = z.looseObject({
  id: z.string().min(1),
  alert: AlertSchema,
  policies: z.array(z.string()),
  plan: z.array(z.looseObject({ key: z.string() })),
  decisions: z.array(z.looseObject({ outcome: z.string() })),
  mode: z.enum(["dry-run", "apply"]),
  initiator: z.string(),
  status: z.enum(["completed", "awaiting-approval", "failed", "dry-run", "no-match"]),
  createdAt: Time,
  updatedAt: Time,
});
