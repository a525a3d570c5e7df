import { z } from "zod";

// Schemas of the world files (what `airr local init` seeds). Every read validates against them,
// so a hand-edited file fails with the file and field named instead of misbehaving later.
// Collections are arrays, not objects keyed by id, so no id can ever collide with `__proto__`.

import { Time } from "./checkInput.js";

export const META_FILE = "meta.json";
export const MetaSchema = z
  .object({ format: z.literal("airr-local"), version: z.literal(1), createdAt: Time })
  .strict();
export type Meta = z.infer<typeof MetaSchema>;

export const ENDPOINTS_FILE = "endpoints.json";
export const EndpointRecordSchema = z
  .object({
    id: z.string().min(1),
    status: z.enum(["in-service", "updating", "disabled", "failed"]),
    currentVersion: z.string().min(1).nullable(),
    /** The version that served when it was disabled; `enable` serves it again. */
    disabledVersion: z.string().min(1).nullable(),
    history: z.array(z.object({ version: z.string().min(1), deployedAt: Time.nullable() }).strict()),
    kmsKeyId: z.string().min(1).nullable(),
    /** Status changes, newest last, at most `MAX_TRANSITIONS` kept. */
    transitions: z.array(
      z.object({ at: Time, status: z.string().min(1), version: z.string().min(1).nullable() }).strict(),
    ),
  })
  .strict()
  .refine((e) => e.currentVersion === null || e.history.some((h) => h.version === e.currentVersion), {
    message: "currentVersion must be one of the versions in history",
    path: ["currentVersion"],
  });
export type EndpointRecord = z.infer<typeof EndpointRecordSchema>;
export const EndpointsFileSchema = z.object({ endpoints: z.array(EndpointRecordSchema) }).strict();
export const MAX_TRANSITIONS = 50;

export const SECRETS_FILE = "secrets.json";
export const SecretRecordSchema = z
  .object({
    id: z.string().min(1),
    versions: z.array(z.object({ version: z.string().min(1), createdAt: Time }).strict()).min(1),
    currentVersion: z.string().min(1),
    previousVersion: z.string().min(1).nullable(),
  })
  .strict()
  .refine(
    (r) =>
      [r.currentVersion, r.previousVersion ?? r.currentVersion].every((v) => r.versions.some((x) => x.version === v)),
    {
      message: "currentVersion and previousVersion must be listed in versions",
      path: ["currentVersion"],
    },
  );
export type SecretRecord = z.infer<typeof SecretRecordSchema>;
export const SecretsFileSchema = z.object({ secrets: z.array(SecretRecordSchema) }).strict();

/** Secret values live apart (mode 0600) so no other file, listing or log ever holds one. */
export const SECRET_VALUES_FILE = "secret-values.json";
export const SecretValuesFileSchema = z
  .object({
    values: z.array(z.object({ id: z.string().min(1), version: z.string().min(1), value: z.string().min(1) }).strict()),
  })
  .strict();

export const BLOCKLIST_FILE = "blocklist.json";
export const BlockedPromptSchema = z
  .object({
    id: z.string().min(1),
    pattern: z.string().min(1),
    match: z.enum(["exact", "normalized", "regex"]),
    reason: z.string(),
    addedAt: Time,
    incidentId: z.string().min(1).nullable(),
  })
  .strict();
export const BlocklistFileSchema = z.object({ entries: z.array(BlockedPromptSchema) }).strict();

export const KMS_FILE = "kms.json";
export const KmsFileSchema = z
  .object({ keys: z.array(z.object({ id: z.string().min(1), createdAt: Time, enabled: z.boolean() }).strict()) })
  .strict();

export const STORES_FILE = "stores.json";
export const StoreRecordSchema = z
  .object({
    name: z.string().min(1),
    publicAccessBlocked: z.boolean(),
    kmsKeyId: z.string().min(1).nullable(),
    createdAt: Time,
  })
  .strict();
export type StoreRecord = z.infer<typeof StoreRecordSchema>;
export const StoresFileSchema = z.object({ stores: z.array(StoreRecordSchema) }).strict();

export const QUARANTINES_FILE = "quarantines.json";
export const QuarantineRecordSchema = z
  .object({
    id: z.string().min(1),
    store: z.string().min(1),
    prefix: z.string(),
    objects: z.array(z.string().min(1)),
    released: z.boolean(),
    /** Write-ahead: set before objects move, cleared after; a crash in between is finished on the next call. */
    pending: z.enum(["quarantine", "release"]).nullable(),
    createdAt: Time,
    releasedAt: Time.nullable(),
  })
  .strict();
export type QuarantineRecord = z.infer<typeof QuarantineRecordSchema>;
export const QuarantinesFileSchema = z.object({ quarantines: z.array(QuarantineRecordSchema) }).strict();

export const OUTBOX_FILE = "outbox.jsonl";
export const OutboxEntrySchema = z
  .object({
    messageId: z.string().min(1),
    at: Time,
    subject: z.string(),
    text: z.string(),
    severity: z.enum(["critical", "error", "warning", "informational", "verbose"]).nullable(),
    incidentId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).optional(),
    /** True when a secret value was found in the message and masked before it was stored. */
    redacted: z.boolean(),
  })
  .strict();
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;
