import { createHash } from "node:crypto";
import type { ArtifactEntry, ArtifactManifest } from "./ArtifactManifest.js";

/**
 * Lower-case hex SHA-256 of some bytes.
 *
 * @example
 * sha256Hex(new TextEncoder().encode("abc")); // "ba7816bf..."
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The manifest entry for one artifact's bytes (the caller reads the file; core does no I/O).
 *
 * @example
 * const entry = artifactEntry("model.bin", bytes); // { path, sha256, size }
 */
export function artifactEntry(path: string, bytes: Uint8Array): ArtifactEntry {
  return { path, sha256: sha256Hex(bytes), size: bytes.byteLength };
}

/**
 * The exact bytes a signature covers: the manifest without its signature, keys sorted, artifacts
 * sorted by path, no whitespace. Sorting makes the payload independent of the order files were
 * listed in, so re-serializing a manifest never invalidates its signature.
 *
 * @example
 * const payload = canonicalManifestPayload(manifest); // Uint8Array to sign
 */
export function canonicalManifestPayload(manifest: ArtifactManifest): Uint8Array {
  const artifacts = [...manifest.artifacts]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((a) => ({ path: a.path, sha256: a.sha256, size: a.size }));
  const body = {
    artifacts,
    createdAt: manifest.createdAt,
    model: manifest.model,
    schema: manifest.schema,
    version: manifest.version,
  };
  return new TextEncoder().encode(JSON.stringify(body));
}
