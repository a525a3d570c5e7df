import { createHash } from "node:crypto";
import type { Encryption, EncryptionState } from "@airr/core";
import type { KMSClient } from "@aws-sdk/client-kms";
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { AwsPortError, ResourceNotFoundError, VerificationError } from "../errors.js";
import { type AwsPortOptions, errorMessage, errorName, once, type WaitOptions } from "./awsSdk.js";
import { endpointName, SageMakerEndpoints } from "./SageMakerEndpoints.js";
import type { SnapshotStore } from "./SnapshotStore.js";
import { loadKms, loadSageMaker } from "./sdkLoaders.js";

/** SageMaker names: at most 63 characters. */
const NAME_MAX = 63;

/** `fraud-v3` + key -> `fraud-v3-cmek-1a2b3c4d` (deterministic, so a retry reuses the same config). */
export function cmekConfigName(base: string, kmsKeyId: string | null): string {
  const hash = createHash("sha256")
    .update(`${base}\0${kmsKeyId ?? "aws-owned"}`)
    .digest("hex")
    .slice(0, 8);
  const stem = base.replace(/-cmek-[0-9a-f]{8}$/, "");
  const suffix = `-cmek-${hash}`;
  return `${stem.slice(0, NAME_MAX - suffix.length)}${suffix}`;
}

/**
 * Customer-managed keys on SageMaker endpoints. An endpoint config is immutable, so enforcing a
 * key copies the serving config with `KmsKeyId` set, deploys it through the same
 * update-wait-verify path as a rollback, and checks the serving config carries the key.
 */
export class SageMakerEncryption implements Encryption {
  static readonly iamActions = [
    ...SageMakerEndpoints.iamActions,
    "sagemaker:CreateEndpointConfig",
    "kms:DescribeKey",
    "kms:CreateGrant",
  ] as const;

  static readonly unscopedActions = SageMakerEndpoints.unscopedActions;

  readonly #client: () => Promise<SageMakerClient>;
  readonly #kms: () => Promise<KMSClient>;
  readonly #endpoints: SageMakerEndpoints;

  constructor(readonly options: AwsPortOptions & { snapshots: SnapshotStore; wait?: Partial<WaitOptions> }) {
    this.#client = once(async () => new (await loadSageMaker()).SageMakerClient({ region: options.region }));
    this.#kms = once(async () => new (await loadKms()).KMSClient({ region: options.region }));
    this.#endpoints = new SageMakerEndpoints(options);
  }

  async get(resourceId: string): Promise<EncryptionState | null> {
    const config = await this.#servingConfig(resourceId);
    return config ? { resourceId, kmsKeyId: config.KmsKeyId ?? null } : null;
  }

  async enforce(resourceId: string, kmsKeyId: string): Promise<void> {
    await this.#apply(resourceId, kmsKeyId);
  }

  async restore(state: EncryptionState): Promise<void> {
    await this.#apply(state.resourceId, state.kmsKeyId);
  }

  async #apply(resourceId: string, kmsKeyId: string | null): Promise<void> {
    const config = await this.#servingConfig(resourceId);
    if (!config) throw new ResourceNotFoundError(`SageMaker endpoint "${endpointName(resourceId)}"`, resourceId);
    if ((config.KmsKeyId ?? null) === kmsKeyId) return;
    if (kmsKeyId) await this.#requireUsableKey(kmsKeyId, resourceId);
    const [sdk, client] = [await loadSageMaker(), await this.#client()];
    const name = cmekConfigName(config.EndpointConfigName ?? "", kmsKeyId);
    try {
      await client.send(
        new sdk.CreateEndpointConfigCommand({
          EndpointConfigName: name,
          ProductionVariants: config.ProductionVariants,
          ShadowProductionVariants: config.ShadowProductionVariants,
          DataCaptureConfig: config.DataCaptureConfig,
          AsyncInferenceConfig: config.AsyncInferenceConfig,
          ExplainerConfig: config.ExplainerConfig,
          ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}),
          Tags: [{ Key: "airr:copied-from", Value: config.EndpointConfigName ?? "" }],
        }),
      );
    } catch (error) {
      // A retry after a crash finds the config it made last time: use it.
      if (
        !(errorName(error) === "ValidationException" && /already existing|already exists/i.test(errorMessage(error)))
      ) {
        throw error;
      }
    }
    await this.#endpoints.deployVersion(resourceId, name);
    const after = await this.#servingConfig(resourceId);
    if ((after?.KmsKeyId ?? null) !== kmsKeyId) {
      throw new VerificationError(
        `endpoint "${endpointName(resourceId)}" serves config "${after?.EndpointConfigName}" with key ${after?.KmsKeyId ?? "none"}, not ${kmsKeyId ?? "none"}`,
        resourceId,
      );
    }
  }

  /** Fails before any change when the key is missing, disabled or pending deletion. */
  async #requireUsableKey(kmsKeyId: string, resourceId: string): Promise<void> {
    const [kms, client] = [await loadKms(), await this.#kms()];
    try {
      const out = await client.send(new kms.DescribeKeyCommand({ KeyId: kmsKeyId }));
      if (out.KeyMetadata?.KeyState !== "Enabled") {
        throw new AwsPortError("KeyNotUsable", `KMS key ${kmsKeyId} is ${out.KeyMetadata?.KeyState ?? "unknown"}`, {
          where: resourceId,
          hint: "use an enabled customer-managed key in the endpoint's region",
        });
      }
    } catch (error) {
      if (errorName(error) === "NotFoundException") throw new ResourceNotFoundError(`KMS key ${kmsKeyId}`, resourceId);
      throw error;
    }
  }

  async #servingConfig(resourceId: string) {
    const [sdk, client] = [await loadSageMaker(), await this.#client()];
    const name = endpointName(resourceId);
    let configName: string | undefined;
    try {
      configName = (await client.send(new sdk.DescribeEndpointCommand({ EndpointName: name }))).EndpointConfigName;
    } catch (error) {
      if (errorName(error) === "ValidationException" && /could not find/i.test(errorMessage(error))) return null;
      throw error;
    }
    return client.send(new sdk.DescribeEndpointConfigCommand({ EndpointConfigName: configName }));
  }
}
