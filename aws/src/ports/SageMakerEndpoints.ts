import type { EndpointState, EndpointStatus, EndpointVersion, ModelEndpoints } from "@airr/core";
import type { DescribeEndpointCommandOutput, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { ResourceBusyError, ResourceNotFoundError, VerificationError } from "../errors.js";
import {
  type AwsPortOptions,
  allPages,
  DEFAULT_WAIT,
  errorMessage,
  errorName,
  once,
  type WaitOptions,
} from "./awsSdk.js";
import type { SnapshotStore } from "./SnapshotStore.js";
import { loadSageMaker } from "./sdkLoaders.js";

/** Endpoint tag where airr keeps the configs it has deployed, oldest first (comma-separated). */
export const HISTORY_TAG = "airr:config-history";
const TAG_VALUE_MAX = 256;

interface DisabledEndpoint {
  endpointName: string;
  configName: string;
  tags: { Key: string; Value: string }[];
}

/** `arn:aws:sagemaker:{region}:{account}:endpoint/{name}` or a bare name -> the name. */
export function endpointName(id: string): string {
  const slash = id.startsWith("arn:") ? id.lastIndexOf("/") : -1;
  return slash >= 0 ? id.slice(slash + 1) : id;
}

function statusOf(status: string | undefined): EndpointStatus {
  if (status === "InService") return "in-service";
  if (status === "Failed" || status === "OutOfService") return "failed";
  return "updating";
}

/**
 * SageMaker endpoints: roll back to an earlier endpoint config, disable (delete the endpoint,
 * keep its config) and enable (re-create it from a snapshot). Every change waits for the SDK
 * waiter, then checks the endpoint really serves the intended config, because SageMaker rolls a
 * failed update back silently.
 */
// One class for the whole port (about 250 lines): the update-wait-verify sequence and the
// history helpers share the lazily loaded client; split, the sequence would be harder to follow.
export class SageMakerEndpoints implements ModelEndpoints {
  static readonly iamActions = [
    "sagemaker:ListEndpoints",
    "sagemaker:DescribeEndpoint",
    "sagemaker:DescribeEndpointConfig",
    "sagemaker:ListEndpointConfigs",
    "sagemaker:ListTags",
    "sagemaker:AddTags",
    "sagemaker:UpdateEndpoint",
    "sagemaker:DeleteEndpoint",
    "sagemaker:CreateEndpoint",
  ] as const;

  /** Actions IAM cannot scope to a resource (they need `"*"`). */
  static readonly unscopedActions = ["sagemaker:ListEndpoints", "sagemaker:ListEndpointConfigs"] as const;

  readonly #client: () => Promise<SageMakerClient>;
  readonly #wait: WaitOptions;

  constructor(
    readonly options: AwsPortOptions & { endpoints?: string[]; snapshots: SnapshotStore; wait?: Partial<WaitOptions> },
  ) {
    this.#client = once(async () => new (await loadSageMaker()).SageMakerClient({ region: options.region }));
    this.#wait = { ...DEFAULT_WAIT, ...options.wait };
  }

  async list(): Promise<string[]> {
    if (this.options.endpoints) return [...this.options.endpoints];
    const [sdk, client] = [await loadSageMaker(), await this.#client()];
    return allPages(async (NextToken) => {
      const out = await client.send(new sdk.ListEndpointsCommand({ NextToken, MaxResults: 100 }));
      return { items: (out.Endpoints ?? []).map((e) => e.EndpointName ?? ""), next: out.NextToken };
    });
  }

  async get(id: string): Promise<EndpointState | null> {
    const name = endpointName(id);
    const endpoint = await this.#describe(name);
    if (!endpoint) {
      const disabled = await this.options.snapshots.getSnapshot<DisabledEndpoint>(this.#snapshotKey(name));
      if (!disabled) return null;
      return {
        id,
        status: "disabled",
        currentVersion: null,
        history: await this.#history(name, disabled.tags, disabled.configName),
      };
    }
    const tags = await this.#tags(endpoint.EndpointArn ?? "");
    return {
      id,
      status: statusOf(endpoint.EndpointStatus),
      currentVersion: endpoint.EndpointConfigName ?? null,
      history: await this.#history(name, tags, endpoint.EndpointConfigName ?? ""),
    };
  }

  async deployVersion(id: string, version: string): Promise<void> {
    const name = endpointName(id);
    const [sdk, client] = [await loadSageMaker(), await this.#client()];
    const endpoint = await this.#requireInService(name);
    if (endpoint.EndpointConfigName === version) return;
    try {
      await client.send(new sdk.DescribeEndpointConfigCommand({ EndpointConfigName: version }));
    } catch (error) {
      if (errorName(error) === "ValidationException")
        throw new ResourceNotFoundError(`endpoint config "${version}"`, name);
      throw error;
    }
    const tags = await this.#tags(endpoint.EndpointArn ?? "");
    const history = (await this.#history(name, tags, endpoint.EndpointConfigName ?? "")).map((h) => h.version);
    await this.#recordHistory(
      endpoint.EndpointArn ?? "",
      tags,
      history.includes(version) ? history : [...history, version],
    );
    await client.send(
      new sdk.UpdateEndpointCommand({
        EndpointName: name,
        EndpointConfigName: version,
        RetainAllVariantProperties: true,
      }),
    );
    await this.#waitInService(name);
    await this.#verifyServing(name, version);
  }

  async disable(id: string): Promise<void> {
    const name = endpointName(id);
    const [sdk, client] = [await loadSageMaker(), await this.#client()];
    const endpoint = await this.#describe(name);
    if (!endpoint) {
      if (await this.options.snapshots.getSnapshot(this.#snapshotKey(name))) return;
      throw new ResourceNotFoundError(`SageMaker endpoint "${name}"`, id);
    }
    if (statusOf(endpoint.EndpointStatus) === "updating") {
      throw new ResourceBusyError(`endpoint "${name}"`, endpoint.EndpointStatus ?? "updating", id);
    }
    const tags = (await this.#tags(endpoint.EndpointArn ?? "")).filter((t) => !t.Key.startsWith("aws:"));
    // Snapshot first: if the delete succeeds and we crash, enable() can still re-create it.
    const snapshot: DisabledEndpoint = { endpointName: name, configName: endpoint.EndpointConfigName ?? "", tags };
    await this.options.snapshots.putSnapshot(this.#snapshotKey(name), snapshot);
    await client.send(new sdk.DeleteEndpointCommand({ EndpointName: name }));
    await sdk.waitUntilEndpointDeleted({ client, ...this.#wait }, { EndpointName: name });
  }

  async enable(id: string): Promise<void> {
    const name = endpointName(id);
    const [sdk, client] = [await loadSageMaker(), await this.#client()];
    const snapshot = await this.options.snapshots.getSnapshot<DisabledEndpoint>(this.#snapshotKey(name));
    if (!snapshot) {
      if (await this.#describe(name)) return;
      throw new ResourceNotFoundError(
        `a disabled-endpoint snapshot for "${name}"`,
        id,
        "only endpoints airr disabled can be enabled",
      );
    }
    if (!(await this.#describe(name))) {
      await client.send(
        new sdk.CreateEndpointCommand({
          EndpointName: name,
          EndpointConfigName: snapshot.configName,
          Tags: snapshot.tags,
        }),
      );
    }
    await this.#waitInService(name);
    await this.#verifyServing(name, snapshot.configName);
    await this.options.snapshots.deleteSnapshot(this.#snapshotKey(name));
  }

  #snapshotKey(name: string): string {
    return `sagemaker-endpoint:${name.toLowerCase()}`;
  }

  async #describe(name: string): Promise<DescribeEndpointCommandOutput | null> {
    const [sdk, client] = [await loadSageMaker(), await this.#client()];
    try {
      return await client.send(new sdk.DescribeEndpointCommand({ EndpointName: name }));
    } catch (error) {
      // SageMaker reports a missing endpoint as a ValidationException "Could not find endpoint".
      if (errorName(error) === "ValidationException" && /could not find/i.test(errorMessage(error))) return null;
      throw error;
    }
  }

  async #requireInService(name: string): Promise<DescribeEndpointCommandOutput> {
    const endpoint = await this.#describe(name);
    if (!endpoint) throw new ResourceNotFoundError(`SageMaker endpoint "${name}"`, name);
    if (endpoint.EndpointStatus !== "InService") {
      throw new ResourceBusyError(`endpoint "${name}"`, endpoint.EndpointStatus ?? "unknown", name);
    }
    return endpoint;
  }

  async #tags(arn: string): Promise<{ Key: string; Value: string }[]> {
    if (!arn) return [];
    const [sdk, client] = [await loadSageMaker(), await this.#client()];
    const out = await client.send(new sdk.ListTagsCommand({ ResourceArn: arn, MaxResults: 100 }));
    return (out.Tags ?? []).map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" }));
  }

  /** History from airr's tag; without it, the account's configs named after the endpoint. */
  async #history(name: string, tags: { Key: string; Value: string }[], current: string): Promise<EndpointVersion[]> {
    const tag = tags.find((t) => t.Key === HISTORY_TAG)?.Value;
    let names = tag ? tag.split(",").filter(Boolean) : [];
    if (names.length === 0) {
      const [sdk, client] = [await loadSageMaker(), await this.#client()];
      const out = await client.send(
        new sdk.ListEndpointConfigsCommand({
          NameContains: name,
          SortBy: "CreationTime",
          SortOrder: "Ascending",
          MaxResults: 100,
        }),
      );
      names = (out.EndpointConfigs ?? []).map((c) => c.EndpointConfigName ?? "").filter(Boolean);
    }
    if (current && !names.includes(current)) names = [...names, current];
    return names.map((version) => ({ version, deployedAt: null }));
  }

  /** Keeps the newest configs that fit SageMaker's 256-character tag value; skips a no-op write. */
  async #recordHistory(arn: string, tags: { Key: string; Value: string }[], versions: string[]): Promise<void> {
    const unique = versions.filter((v, i) => versions.indexOf(v) === i);
    while (unique.join(",").length > TAG_VALUE_MAX) unique.shift();
    if (tags.find((t) => t.Key === HISTORY_TAG)?.Value === unique.join(",")) return;
    const [sdk, client] = [await loadSageMaker(), await this.#client()];
    await client.send(
      new sdk.AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: HISTORY_TAG, Value: unique.join(",") }] }),
    );
  }

  async #waitInService(name: string): Promise<void> {
    const [sdk, client] = [await loadSageMaker(), await this.#client()];
    try {
      await sdk.waitUntilEndpointInService({ client, ...this.#wait }, { EndpointName: name });
    } catch (error) {
      const endpoint = await this.#describe(name);
      throw new VerificationError(
        `endpoint "${name}" did not reach InService (${endpoint?.EndpointStatus ?? "missing"}: ${endpoint?.FailureReason ?? errorMessage(error)})`,
        name,
      );
    }
  }

  async #verifyServing(name: string, version: string): Promise<void> {
    const endpoint = await this.#describe(name);
    if (endpoint?.EndpointStatus !== "InService" || endpoint.EndpointConfigName !== version) {
      throw new VerificationError(
        `endpoint "${name}" serves "${endpoint?.EndpointConfigName ?? "nothing"}" (${endpoint?.EndpointStatus ?? "missing"}), not "${version}": SageMaker rolled the update back`,
        name,
      );
    }
  }
}
