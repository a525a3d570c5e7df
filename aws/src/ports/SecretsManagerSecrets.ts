import { randomUUID } from "node:crypto";
import type { SecretState, Secrets } from "@airr/core";
import type { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { AwsPortError, ResourceNotFoundError, VerificationError } from "../errors.js";
import { type AwsPortOptions, allPages, errorName, once } from "./awsSdk.js";
import { loadSecretsManager } from "./sdkLoaders.js";

type Stages = Record<string, string[]>;

function versionWith(stages: Stages, label: string): string | null {
  return Object.entries(stages).find(([, labels]) => labels.includes(label))?.[0] ?? null;
}

/**
 * Secrets Manager rotation. With a rotation Lambda configured, `RotateSecret` runs it. Without
 * one, airr writes a fresh random value as `AWSPENDING`, promotes it to `AWSCURRENT` with
 * `UpdateSecretVersionStage` (Secrets Manager then moves `AWSPREVIOUS` to the old version), and
 * clears `AWSPENDING`. A JSON secret keeps its shape: only its `password` field is replaced.
 * Values live in memory for the call only and are never logged or returned.
 */
// Slightly long: both rotation paths (rotation Lambda, in-place staging labels) live together.
export class SecretsManagerSecrets implements Secrets {
  static readonly iamActions = [
    "secretsmanager:ListSecrets",
    "secretsmanager:DescribeSecret",
    "secretsmanager:ListSecretVersionIds",
    "secretsmanager:RotateSecret",
    "secretsmanager:GetRandomPassword",
    "secretsmanager:GetSecretValue",
    "secretsmanager:PutSecretValue",
    "secretsmanager:UpdateSecretVersionStage",
  ] as const;

  /** Actions IAM cannot scope to a secret (they need `"*"`). */
  static readonly unscopedActions = ["secretsmanager:ListSecrets", "secretsmanager:GetRandomPassword"] as const;

  readonly #client: () => Promise<SecretsManagerClient>;

  constructor(
    readonly options: AwsPortOptions & {
      secrets?: string[];
      /** How long to wait for a rotation Lambda to promote its version (polls DescribeSecret). */
      rotationPolls?: { attempts: number; delayMs: number };
    } = {},
  ) {
    this.#client = once(async () => new (await loadSecretsManager()).SecretsManagerClient({ region: options.region }));
  }

  async list(): Promise<string[]> {
    if (this.options.secrets) return [...this.options.secrets];
    const [sdk, client] = [await loadSecretsManager(), await this.#client()];
    return allPages(async (NextToken) => {
      const out = await client.send(new sdk.ListSecretsCommand({ NextToken, MaxResults: 100 }));
      return { items: (out.SecretList ?? []).map((s) => s.ARN ?? s.Name ?? ""), next: out.NextToken };
    });
  }

  async get(id: string): Promise<SecretState | null> {
    const described = await this.#describe(id);
    if (!described) return null;
    const [sdk, client] = [await loadSecretsManager(), await this.#client()];
    const versions = await allPages(async (NextToken) => {
      const out = await client.send(new sdk.ListSecretVersionIdsCommand({ SecretId: id, NextToken, MaxResults: 100 }));
      return { items: out.Versions ?? [], next: out.NextToken };
    });
    versions.sort((a, b) => (a.CreatedDate?.getTime() ?? 0) - (b.CreatedDate?.getTime() ?? 0));
    const stages = described.VersionIdsToStages ?? {};
    const current = versionWith(stages, "AWSCURRENT");
    if (!current) throw new AwsPortError("NoCurrentVersion", `secret "${id}" has no AWSCURRENT version`, { where: id });
    return {
      id,
      currentVersion: current,
      previousVersion: versionWith(stages, "AWSPREVIOUS"),
      versions: versions.map((v) => v.VersionId ?? "").filter(Boolean),
    };
  }

  async rotate(id: string): Promise<SecretState> {
    const [sdk, client] = [await loadSecretsManager(), await this.#client()];
    const described = await this.#describe(id);
    if (!described) throw new ResourceNotFoundError(`secret "${id}"`, id);
    const stages = described.VersionIdsToStages ?? {};
    const current = versionWith(stages, "AWSCURRENT");
    // A leftover AWSPENDING (an earlier rotation that died) would block both paths: clear it.
    const pending = versionWith(stages, "AWSPENDING");
    if (pending && pending !== current) {
      await client.send(
        new sdk.UpdateSecretVersionStageCommand({
          SecretId: id,
          VersionStage: "AWSPENDING",
          RemoveFromVersionId: pending,
        }),
      );
    }
    if (described.RotationEnabled && described.RotationLambdaARN) {
      const out = await client.send(new sdk.RotateSecretCommand({ SecretId: id, RotateImmediately: true }));
      await this.#awaitCurrent(id, out.VersionId ?? "");
    } else {
      await this.#rotateInPlace(id, current);
    }
    const state = await this.get(id);
    if (!state || state.currentVersion === current) {
      throw new VerificationError(`secret "${id}" still has AWSCURRENT on ${current ?? "nothing"}`, id);
    }
    return state;
  }

  async restoreVersion(id: string, version: string): Promise<void> {
    const [sdk, client] = [await loadSecretsManager(), await this.#client()];
    const described = await this.#describe(id);
    if (!described) throw new ResourceNotFoundError(`secret "${id}"`, id);
    const stages = described.VersionIdsToStages ?? {};
    if (!(version in stages)) throw new ResourceNotFoundError(`version ${version} of secret "${id}"`, id);
    const current = versionWith(stages, "AWSCURRENT");
    if (current === version) return;
    await client.send(
      new sdk.UpdateSecretVersionStageCommand({
        SecretId: id,
        VersionStage: "AWSCURRENT",
        MoveToVersionId: version,
        ...(current ? { RemoveFromVersionId: current } : {}),
      }),
    );
  }

  async #rotateInPlace(id: string, current: string | null): Promise<void> {
    const [sdk, client] = [await loadSecretsManager(), await this.#client()];
    const random = await client.send(
      new sdk.GetRandomPasswordCommand({ PasswordLength: 40, ExcludePunctuation: true }),
    );
    const password = random.RandomPassword ?? "";
    let value = password;
    if (current) {
      const existing = await client.send(new sdk.GetSecretValueCommand({ SecretId: id, VersionStage: "AWSCURRENT" }));
      value = withNewPassword(existing.SecretString, password);
    }
    const token = randomUUID();
    await client.send(
      new sdk.PutSecretValueCommand({
        SecretId: id,
        ClientRequestToken: token,
        SecretString: value,
        VersionStages: ["AWSPENDING"],
      }),
    );
    await client.send(
      new sdk.UpdateSecretVersionStageCommand({
        SecretId: id,
        VersionStage: "AWSCURRENT",
        MoveToVersionId: token,
        ...(current ? { RemoveFromVersionId: current } : {}),
      }),
    );
    await client.send(
      new sdk.UpdateSecretVersionStageCommand({ SecretId: id, VersionStage: "AWSPENDING", RemoveFromVersionId: token }),
    );
  }

  async #awaitCurrent(id: string, version: string): Promise<void> {
    const { attempts, delayMs } = this.options.rotationPolls ?? { attempts: 30, delayMs: 2000 };
    for (let i = 0; i < attempts; i++) {
      const stages = (await this.#describe(id))?.VersionIdsToStages ?? {};
      if (stages[version]?.includes("AWSCURRENT")) return;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
    throw new VerificationError(`the rotation Lambda did not promote version ${version} of "${id}" to AWSCURRENT`, id);
  }

  async #describe(id: string) {
    const [sdk, client] = [await loadSecretsManager(), await this.#client()];
    try {
      return await client.send(new sdk.DescribeSecretCommand({ SecretId: id }));
    } catch (error) {
      if (errorName(error) === "ResourceNotFoundException") return null;
      throw error;
    }
  }
}

/** A JSON object secret keeps every field but `password`; anything else is replaced whole. */
function withNewPassword(existing: string | undefined, password: string): string {
  if (!existing?.trimStart().startsWith("{")) return password;
  try {
    const parsed = JSON.parse(existing) as Record<string, unknown>;
    if (typeof parsed === "object" && parsed !== null && "password" in parsed) {
      return JSON.stringify({ ...parsed, password });
    }
  } catch {
    // Not JSON after all: replace the whole value.
  }
  return password;
}
