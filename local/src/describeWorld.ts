import type { BlockedPrompt, Incident, SecretState } from "@airr/core";
import type { LocalCloud } from "./LocalCloud.js";
import type { EndpointRecord, OutboxEntry, QuarantineRecord } from "./worldSchemas.js";

/** What `airr local show` prints: everything in the world except secret values. */
export interface WorldDescription {
  dir: string;
  endpoints: Array<
    Omit<EndpointRecord, "transitions"> & { lastTransition: EndpointRecord["transitions"][number] | null }
  >;
  /** Metadata only: a secret value never appears here. */
  secrets: SecretState[];
  blocklist: BlockedPrompt[];
  stores: Array<{ name: string; publicAccessBlocked: boolean; kmsKeyId: string | null; objects: number }>;
  quarantines: QuarantineRecord[];
  kmsKeys: string[];
  /** The newest notifications, newest last. */
  notifications: OutboxEntry[];
  incidents: Array<Pick<Incident, "id" | "status" | "mode" | "createdAt">>;
}

/** Reads the whole world for display (`airr local show`). Throws `StateNotInitialized` before `init`. */
export async function describeWorld(cloud: LocalCloud, options: { recent?: number } = {}): Promise<WorldDescription> {
  const recent = options.recent ?? 5;
  const endpoints = (await cloud.endpoints.records()).map(({ transitions, ...rest }) => ({
    ...rest,
    lastTransition: transitions.at(-1) ?? null,
  }));
  const secrets: SecretState[] = [];
  for (const id of await cloud.secrets.list()) {
    const state = await cloud.secrets.get(id);
    if (state !== null) secrets.push(state);
  }
  const stores = [];
  for (const record of await cloud.data.records()) {
    const objects = (await cloud.data.listObjects(record.name)).length;
    stores.push({
      name: record.name,
      publicAccessBlocked: record.publicAccessBlocked,
      kmsKeyId: record.kmsKeyId,
      objects,
    });
  }
  const incidents = (await cloud.state.listIncidents(recent)).map(({ id, status, mode, createdAt }) => ({
    id,
    status,
    mode,
    createdAt,
  }));
  return {
    dir: cloud.dir,
    endpoints,
    secrets,
    blocklist: await cloud.blocklist.list(),
    stores,
    quarantines: await cloud.data.quarantines(),
    kmsKeys: await cloud.encryption.keys(),
    notifications: await cloud.notifier.read(recent),
    incidents,
  };
}
