import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import type { ArtifactManifest } from "./ArtifactManifest.js";
import { ManifestError } from "./integrityErrors.js";
import { canonicalManifestPayload } from "./manifestDigest.js";

function keyFrom(pem: string, kind: "private" | "public"): KeyObject {
  let key: KeyObject;
  try {
    key = kind === "private" ? createPrivateKey(pem) : createPublicKey(pem);
  } catch (cause) {
    throw new ManifestError(`the ${kind} key is not a readable PEM key`, {
      where: `${kind} key`,
      hint: "generate one with: openssl genpkey -algorithm ed25519 -out signing.pem",
      cause,
    });
  }
  if (key.asymmetricKeyType !== "ed25519") {
    throw new ManifestError(`the ${kind} key is ${key.asymmetricKeyType ?? "unknown"}, expected ed25519`, {
      where: `${kind} key`,
      hint: "manifests are signed with Ed25519 keys (openssl genpkey -algorithm ed25519)",
    });
  }
  return key;
}

/**
 * Returns a copy of the manifest signed with an Ed25519 private key (PEM).
 *
 * @example
 * const signed = signArtifactManifest(manifest, privatePem, "release-2026");
 */
export function signArtifactManifest(
  manifest: ArtifactManifest,
  privateKeyPem: string,
  keyId: string,
): ArtifactManifest {
  const value = sign(null, canonicalManifestPayload(manifest), keyFrom(privateKeyPem, "private")).toString("base64");
  return { ...manifest, signature: { alg: "ed25519", keyId, value } };
}

/**
 * Whether the manifest's signature verifies against an Ed25519 public key (PEM).
 * `unsigned` when the manifest carries no signature.
 *
 * @example
 * checkManifestSignature(signed, publicPem); // "valid"
 */
export function checkManifestSignature(
  manifest: ArtifactManifest,
  publicKeyPem: string,
): "valid" | "invalid" | "unsigned" {
  if (manifest.signature === undefined) return "unsigned";
  const signature = Buffer.from(manifest.signature.value, "base64");
  const ok = verify(null, canonicalManifestPayload(manifest), keyFrom(publicKeyPem, "public"), signature);
  return ok ? "valid" : "invalid";
}
