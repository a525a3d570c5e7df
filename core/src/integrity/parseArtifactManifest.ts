import { type ArtifactManifest, ArtifactManifestSchema } from "./ArtifactManifest.js";
import { ManifestError } from "./integrityErrors.js";

/**
 * Validates an untrusted manifest (already JSON-parsed) at the boundary.
 * Throws `ManifestError` naming the first bad field.
 *
 * @example
 * const manifest = parseArtifactManifest(JSON.parse(text), "models/fraud/v3/manifest.json");
 */
export function parseArtifactManifest(value: unknown, where = "manifest"): ArtifactManifest {
  const result = ArtifactManifestSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.length ? `${where}.${issue.path.join(".")}` : where;
  throw new ManifestError(`invalid artifact manifest: ${issue?.message ?? "unknown problem"}`, {
    where: path,
    hint: 'a manifest is {"schema":"airr.artifact-manifest/v1","model","version","createdAt","artifacts":[{"path","sha256","size"}]}',
    cause: result.error,
  });
}
