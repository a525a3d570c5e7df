import { generateKeyPairSync } from "node:crypto";
import {
  type ArtifactManifest,
  artifactEntry,
  canonicalManifestPayload,
  checkManifestSignature,
  ManifestError,
  parseArtifactManifest,
  sha256Hex,
  signArtifactManifest,
  verifyArtifacts,
} from "@airr/core";
import { describe, expect, it } from "vitest";

const enc = new TextEncoder();
const weights = enc.encode("layer0: 0.125 0.25 0.5\n");
const config = enc.encode('{"arch":"mlp","layers":1}');

function manifestFor(files: Record<string, Uint8Array>): ArtifactManifest {
  return parseArtifactManifest({
    schema: "airr.artifact-manifest/v1",
    model: "fraud",
    version: "v3",
    createdAt: "2026-01-31T12:00:00.000Z",
    artifacts: Object.entries(files).map(([path, bytes]) => artifactEntry(path, bytes)),
  });
}

function ed25519Pair(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privatePem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

describe("sha256Hex", () => {
  it("matches the FIPS 180-2 test vectors", () => {
    // Prepare: the published SHA-256 examples for "abc" and the empty string.
    const abc = enc.encode("abc");
    // Act / Assess
    expect(sha256Hex(abc)).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(new Uint8Array())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});

describe("verifyArtifacts", () => {
  it("passes when every artifact matches the manifest", () => {
    const manifest = manifestFor({ "model.bin": weights, "config.json": config });
    const result = verifyArtifacts(manifest, [
      artifactEntry("config.json", config),
      artifactEntry("model.bin", weights),
    ]);
    expect(result).toEqual({
      ok: true,
      model: "fraud",
      version: "v3",
      signature: "not-checked",
      mismatched: [],
      missing: [],
      unexpected: [],
    });
  });

  it("reports a swapped weights file, a missing file and an added file", () => {
    const manifest = manifestFor({ "model.bin": weights, "config.json": config });
    const tampered = enc.encode("layer0: 0.125 0.25 0.5\nimport os; os.system('sh')\n");
    const result = verifyArtifacts(manifest, [
      artifactEntry("model.bin", tampered),
      artifactEntry("extra.pkl", config),
    ]);
    expect(result.ok).toBe(false);
    expect(result.mismatched).toEqual([
      {
        path: "model.bin",
        expectedSha256: sha256Hex(weights),
        actualSha256: sha256Hex(tampered),
        expectedSize: weights.byteLength,
        actualSize: tampered.byteLength,
      },
    ]);
    expect(result.missing).toEqual(["config.json"]);
    expect(result.unexpected).toEqual(["extra.pkl"]);
  });

  it("accepts a valid signature and rejects a manifest edited after signing", () => {
    const keys = ed25519Pair();
    const signed = signArtifactManifest(manifestFor({ "model.bin": weights }), keys.privatePem, "release");
    expect(verifyArtifacts(signed, [artifactEntry("model.bin", weights)], { publicKeyPem: keys.publicPem }).ok).toBe(
      true,
    );
    // An attacker who swaps the weights and rewrites the digest cannot re-sign the manifest.
    const forged = { ...signed, artifacts: [artifactEntry("model.bin", config)] };
    const result = verifyArtifacts(forged, [artifactEntry("model.bin", config)], { publicKeyPem: keys.publicPem });
    expect(result).toMatchObject({ ok: false, signature: "invalid", mismatched: [] });
  });

  it("requires a signature when a public key is given, unless told otherwise", () => {
    const keys = ed25519Pair();
    const unsigned = manifestFor({ "model.bin": weights });
    const observed = [artifactEntry("model.bin", weights)];
    expect(verifyArtifacts(unsigned, observed, { publicKeyPem: keys.publicPem })).toMatchObject({
      ok: false,
      signature: "unsigned",
    });
    expect(verifyArtifacts(unsigned, observed, { publicKeyPem: keys.publicPem, requireSignature: false }).ok).toBe(
      true,
    );
  });

  it("rejects a signature made with another key", () => {
    const signer = ed25519Pair();
    const other = ed25519Pair();
    const signed = signArtifactManifest(manifestFor({ "model.bin": weights }), signer.privatePem, "release");
    expect(checkManifestSignature(signed, other.publicPem)).toBe("invalid");
  });
});

describe("canonicalManifestPayload", () => {
  it("does not depend on the order artifacts are listed in", () => {
    const a = manifestFor({ "a.bin": weights, "b.json": config });
    const b = { ...a, artifacts: [...a.artifacts].reverse() };
    expect(Buffer.from(canonicalManifestPayload(b)).toString()).toBe(
      Buffer.from(canonicalManifestPayload(a)).toString(),
    );
  });
});

describe("bad input", () => {
  it("names the bad field of a malformed manifest", () => {
    const bad = {
      schema: "airr.artifact-manifest/v1",
      model: "m",
      version: "v1",
      createdAt: "2026-01-31T12:00:00.000Z",
    };
    const parse = () => parseArtifactManifest({ ...bad, artifacts: [{ path: "x", sha256: "XYZ", size: 1 }] }, "m.json");
    expect(parse).toThrowError(ManifestError);
    expect(parse).toThrowError(
      expect.objectContaining({ code: "InvalidManifest", where: "m.json.artifacts.0.sha256" }),
    );
  });

  it("rejects duplicate paths and non-Ed25519 keys", () => {
    const entry = artifactEntry("model.bin", weights);
    expect(() =>
      parseArtifactManifest({
        schema: "airr.artifact-manifest/v1",
        model: "m",
        version: "v1",
        createdAt: "2026-01-31T12:00:00.000Z",
        artifacts: [entry, entry],
      }),
    ).toThrowError(/unique/);
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" });
    expect(() => signArtifactManifest(manifestFor({ "model.bin": weights }), rsa.toString(), "k")).toThrowError(
      /expected ed25519/,
    );
  });
});
