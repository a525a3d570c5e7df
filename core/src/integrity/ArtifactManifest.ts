import { z } from "zod";
import { IsoMillis } from "../respond/alert.js";

/** Lower-case hex SHA-256, as `sha256sum` and every registry print it. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "expected a lower-case hex SHA-256 (64 characters)");

export const ArtifactEntrySchema = z
  .object({
    /** Path of the artifact relative to the model package root, `/`-separated. */
    path: z.string().min(1),
    sha256: Sha256Hex,
    size: z.number().int().nonnegative(),
  })
  .strict();

export const ManifestSignatureSchema = z
  .object({
    alg: z.literal("ed25519"),
    /** Which key signed it, so a verifier can pick the public key (never the key itself). */
    keyId: z.string().min(1),
    /** Base64 Ed25519 signature over `canonicalManifestPayload(manifest)`. */
    value: z.string().min(1),
  })
  .strict();

/**
 * A SHA-256 manifest of the files that make up one model version, optionally signed. It is
 * written when a version is released and verified before the version is served.
 *
 * @example
 * const manifest = ArtifactManifestSchema.parse({
 *   schema: "airr.artifact-manifest/v1", model: "fraud", version: "v3",
 *   createdAt: "2026-01-31T12:00:00.000Z",
 *   artifacts: [{ path: "model.safetensors", sha256: "ab".repeat(32), size: 1024 }],
 * });
 */
export const ArtifactManifestSchema = z
  .object({
    schema: z.literal("airr.artifact-manifest/v1"),
    model: z.string().min(1),
    version: z.string().min(1),
    createdAt: IsoMillis,
    artifacts: z
      .array(ArtifactEntrySchema)
      .min(1)
      .refine((list) => new Set(list.map((a) => a.path)).size === list.length, "artifact paths must be unique"),
    signature: ManifestSignatureSchema.optional(),
  })
  .strict();

export type ArtifactEntry = z.infer<typeof ArtifactEntrySchema>;
export type ManifestSignature = z.infer<typeof ManifestSignatureSchema>;
export type ArtifactManifest = z.infer<typeof ArtifactManifestSchema>;
