export {
  type ArtifactEntry,
  ArtifactEntrySchema,
  type ArtifactManifest,
  ArtifactManifestSchema,
  type ManifestSignature,
  ManifestSignatureSchema,
  Sha256Hex,
} from "./ArtifactManifest.js";
export { ManifestError } from "./integrityErrors.js";
export { artifactEntry, canonicalManifestPayload, sha256Hex } from "./manifestDigest.js";
export { parseArtifactManifest } from "./parseArtifactManifest.js";
export { checkManifestSignature, signArtifactManifest } from "./signArtifactManifest.js";
export { type DigestMismatch, type IntegrityResult, type VerifyOptions, verifyArtifacts } from "./verifyArtifacts.js";
