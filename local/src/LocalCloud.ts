import { existsSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { AirrError, IsoMillis, type Provider } from "@airr/core";
import { ForeignDirectoryError, StateExistsError } from "./errors.js";
import { LocalDataStore } from "./LocalDataStore.js";
import { LocalEncryption } from "./LocalEncryption.js";
import { LocalEndpoints } from "./LocalEndpoints.js";
import { LocalNotifier } from "./LocalNotifier.js";
import { LocalPromptBlocklist } from "./LocalPromptBlocklist.js";
import { LocalSecrets } from "./LocalSecrets.js";
import { LocalStateStore } from "./LocalStateStore.js";
import { StateDir } from "./StateDir.js";
import { seedWorld } from "./seedWorld.js";
import { META_FILE } from "./worldSchemas.js";

export interface LocalCloudOptions {
  /** The state directory; default `.airr` under the current directory. */
  dir?: string;
  /** Stamps the cloud's own records (deploy transitions, rotations, outbox); default: the wall clock. */
  clock?: () => Date;
  /**
   * How long (ms, min 2000) a lock holder that stopped refreshing the lock is presumed alive
   * before another process takes over; default 10 000. Lower it only in tests of crash recovery.
   */
  lockStaleMs?: number;
}

/** Top-level entries a state directory may hold; `init --force` removes only these. */
const OWN_ENTRIES =
  /^(lock|meta\.json|endpoints\.json|secrets\.json|secret-values\.json|blocklist\.json|kms\.json|stores\.json|quarantines\.json|outbox\.jsonl|state|stores)(\..*)?$/;

/**
 * The embedded local cloud: every port on files under one state directory, safe across
 * concurrent calls and processes. Besides the ports it offers what a cloud's data plane would
 * (invoke an endpoint, read a secret or an object), so apps and scenarios can observe effects.
 *
 * @example
 * const cloud = await LocalCloud.init({ dir: ".airr", now: "2026-01-31T12:00:00.000Z" });
 * await cloud.endpoints.deployVersion("fraud-detector", "fraud-v2");
 * await cloud.invoke("fraud-detector", { amount: 12 }); // { version: "fraud-v2" }
 */
export class LocalCloud implements Provider {
  readonly cloud = "local" as const;
  /** Absolute path of the state directory. */
  readonly dir: string;
  readonly state: LocalStateStore;
  readonly endpoints: LocalEndpoints;
  readonly secrets: LocalSecrets;
  readonly blocklist: LocalPromptBlocklist;
  readonly encryption: LocalEncryption;
  readonly data: LocalDataStore;
  readonly notifier: LocalNotifier;

  private constructor(stateDir: StateDir) {
    this.dir = stateDir.root;
    this.state = new LocalStateStore(stateDir);
    this.endpoints = new LocalEndpoints(stateDir);
    this.secrets = new LocalSecrets(stateDir);
    this.blocklist = new LocalPromptBlocklist(stateDir);
    this.data = new LocalDataStore(stateDir);
    this.encryption = new LocalEncryption(stateDir, this.endpoints, this.data);
    this.notifier = new LocalNotifier(stateDir, () => this.secrets.allValues());
  }

  /** Opens the cloud in `dir` (nothing is read yet: a missing world fails on first use, with a hint). */
  static open(options: LocalCloudOptions = {}): LocalCloud {
    return new LocalCloud(new StateDir(options.dir ?? join(process.cwd(), ".airr"), options));
  }

  /**
   * Seeds the demo world (see `DEMO_WORLD`). Refuses to replace an existing world unless `force`,
   * and never deletes anything that is not its own.
   */
  static async init(options: LocalCloudOptions & { now: string; force?: boolean }): Promise<LocalCloud> {
    if (!IsoMillis.safeParse(options.now).success) {
      throw new AirrError("InvalidTime", `now must be ISO-8601 UTC with milliseconds, got "${options.now}"`, {
        hint: "pass a time like 2026-01-31T12:00:00.000Z",
      });
    }
    const stateDir = new StateDir(options.dir ?? join(process.cwd(), ".airr"), options);
    await stateDir.withLock(
      async () => {
        const entries = (await readdir(stateDir.root)).filter((name) => name !== "lock");
        const foreign = entries.filter((name) => !OWN_ENTRIES.test(name));
        if (foreign.length > 0) throw new ForeignDirectoryError(stateDir.root, foreign);
        if (entries.length > 0 && options.force !== true) throw new StateExistsError(stateDir.root);
        await Promise.all(entries.map((name) => rm(stateDir.path(name), { recursive: true, force: true })));
        await seedWorld(stateDir, options.now);
      },
      { create: true },
    );
    return new LocalCloud(stateDir);
  }

  /** True once `init` has seeded this directory. */
  isInitialized(): boolean {
    return existsSync(join(this.dir, META_FILE));
  }

  /**
   * Sends one request to an endpoint, as an app would. Resolves to the version that served it;
   * throws `EndpointUnavailable` when the endpoint is disabled (or updating, or failed).
   */
  invoke(endpointId: string, _input?: unknown): Promise<{ version: string }> {
    return this.endpoints.invoke(endpointId);
  }

  /** The current value of a secret, as an app would read it. Never log it. */
  readSecretValue(id: string, version?: string): Promise<string> {
    return this.secrets.readValue(id, version);
  }

  /** An object's bytes; throws `ObjectQuarantined` for a quarantined one. */
  readObject(store: string, key: string): Promise<Buffer> {
    return this.data.readObject(store, key);
  }

  listObjects(store: string): Promise<string[]> {
    return this.data.listObjects(store);
  }

  putObject(store: string, key: string, body: Uint8Array | string): Promise<void> {
    return this.data.putObject(store, key, body);
  }
}
