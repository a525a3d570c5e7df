import type { ArtifactEntry, ArtifactManifest } from "./ArtifactManifest.js";
import { checkManifestSignature } from "./signArtifactManifest.js";

export interface DigestMismatch {
  path: string;
  expectedSha256: string;
  actualSha256: string;
  expectedSize: number;
  actualSize: number;
}

/** The verdict on one model version's artifacts. `ok` only when nothing below is wrong. */
export interface IntegrityResult {
  ok: boolean;
  model: string;
  version: string;
  /** `not-checked` when no public key was given; `required` demands a valid signature. */
  signature: "valid" | "invalid" | "unsigned" | "not-checked";
  mismatched: DigestMismatch[];
  /** In the manifest but not among the observed artifacts. */
  missing: string[];
  /** Observed but not in the manifest (an added file can change behaviour, e.g. a pickle). */
  unexpected: string[];
}

export interface VerifyOptions {
  /** Ed25519 public key (PEM). When given, the signature is checked. */
  publicKeyPem?: string;
  /** Fail unless the signature is valid (default: true when a public key is given). */
  requireSignature?: boolean;
}

/**
 * Verifies observed artifact digests against a manifest before a version is served: every
 * listed file present with the same SHA-256 and size, no extra file, and (with a key) a valid
 * signature. Pure: the caller hashes the files (`artifactEntry`) and passes the entries.
 *
 * @example
 * const result = verifyArtifacts(manifest, [artifactEntry("model.bin", bytes)], { publicKeyPem });
 * if (!result.ok) refuseToServe(result);
 */
export function verifyArtifacts(
  manifest: ArtifactManifest,
  observed: readonly ArtifactEntry[],
  options: VerifyOptions = {},
): IntegrityResult {
  const seen = new Map(observed.map((a) => [a.path, a]));
  const listed = new Set(manifest.artifacts.map((a) => a.path));
  const mismatched: DigestMismatch[] = [];
  const missing: string[] = [];
  for (const expected of manifest.artifacts) {
    const actual = seen.get(expected.path);
    if (actual === undefined) missing.push(expected.path);
    else if (actual.sha256 !== expected.sha256 || actual.size !== expected.size) {
      mismatched.push({
        path: expected.path,
        expectedSha256: expected.sha256,
        actualSha256: actual.sha256,
        expectedSize: expected.size,
        actualSize: actual.size,
      });
    }
  }
  const unexpected = observed.map((a) => a.path).filter((p) => !listed.has(p));
  const signature =
    options.publicKeyPem === undefined ? "not-checked" : checkManifestSignature(manifest, options.publicKeyPem);
  const requireSignature = options.requireSignature ?? options.publicKeyPem !== undefined;
  const signatureOk = requireSignature ? signature === "valid" : signature !== "invalid";
  const ok = signatureOk && mismatched.length === 0 && missing.length === 0 && unexpected.length === 0;
  return { ok, model: manifest.model, version: manifest.version, signature, mismatched, missing, unexpected };
}
