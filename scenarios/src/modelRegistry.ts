import { createPrivateKey, createPublicKey } from "node:crypto";
import {
  type ArtifactEntry,
  type ArtifactManifest,
  artifactEntry,
  parseArtifactManifest,
  signArtifactManifest,
} from "@airr/core";
import type { LocalCloud } from "@airr/local";
import type { SeededRandom } from "./SeededRandom.js";

/** Where the simulated model registry keeps artifacts: a prefix in the demo world's store. */
export const REGISTRY_STORE = "training-data";
export const ARTIFACT_FILES = ["model.safetensors", "config.json"] as const;

const prefix = (endpoint: string, version: string) => `models/${endpoint}/${version}/`;

// PKCS#8 DER header of an Ed25519 private key; the 32 bytes after it are the seed. Deriving the
// key from the scenario's seed keeps every run of a seed identical (signatures included).
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/** An Ed25519 release-signing key pair derived from the scenario's random stream. */
export function releaseKeys(rng: SeededRandom): { privatePem: string; publicPem: string } {
  const seed = Buffer.from(Array.from({ length: 32 }, () => rng.int(0, 255)));
  const key = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" });
  return {
    privatePem: key.export({ type: "pkcs8", format: "pem" }).toString(),
    publicPem: createPublicKey(key).export({ type: "spki", format: "pem" }).toString(),
  };
}

/** Publishes a version's artifacts and its signed manifest into the local cloud's store. */
export async function publishVersion(
  cloud: LocalCloud,
  endpoint: string,
  version: string,
  rng: SeededRandom,
  keys: { privatePem: string },
  createdAt: string,
): Promise<ArtifactManifest> {
  const files: Record<string, Uint8Array> = {
    "model.safetensors": Uint8Array.from({ length: 4096 }, () => rng.int(0, 255)),
    "config.json": new TextEncoder().encode(JSON.stringify({ model: endpoint, version, layers: 3 })),
  };
  for (const [name, bytes] of Object.entries(files))
    await cloud.data.putObject(REGISTRY_STORE, prefix(endpoint, version) + name, bytes);
  const manifest = signArtifactManifest(
    parseArtifactManifest({
      schema: "airr.artifact-manifest/v1",
      model: endpoint,
      version,
      createdAt,
      artifacts: Object.entries(files).map(([name, bytes]) => artifactEntry(name, bytes)),
    }),
    keys.privatePem,
    "release-2026",
  );
  await cloud.data.putObject(REGISTRY_STORE, `${prefix(endpoint, version)}manifest.json`, JSON.stringify(manifest));
  return manifest;
}

/** Reads a version's manifest and hashes the artifacts it finds, as a deploy gate would. */
export async function readVersion(
  cloud: LocalCloud,
  endpoint: string,
  version: string,
): Promise<{ manifest: ArtifactManifest; observed: ArtifactEntry[] }> {
  const base = prefix(endpoint, version);
  const text = (await cloud.data.readObject(REGISTRY_STORE, `${base}manifest.json`)).toString("utf8");
  const manifest = parseArtifactManifest(JSON.parse(text), `${REGISTRY_STORE}/${base}manifest.json`);
  const keys = (await cloud.data.listObjects(REGISTRY_STORE)).filter(
    (k) => k.startsWith(base) && k !== `${base}manifest.json`,
  );
  const observed: ArtifactEntry[] = [];
  for (const key of keys)
    observed.push(artifactEntry(key.slice(base.length), await cloud.data.readObject(REGISTRY_STORE, key)));
  return { manifest, observed };
}
