import type { EndpointState, EndpointStatus, ModelEndpoints } from "@airr/core";
import { EndpointUnavailableError, NotFoundError, UnknownVersionError } from "./errors.js";
import type { StateDir } from "./StateDir.js";
import { ENDPOINTS_FILE, type EndpointRecord, EndpointsFileSchema, MAX_TRANSITIONS } from "./worldSchemas.js";

/** Accepts `fraud-detector` and the resource-style `endpoint/fraud-detector` alike. */
export function endpointIdOf(ref: string): string {
  return ref.startsWith("endpoint/") ? ref.slice("endpoint/".length) : ref;
}

/**
 * Model endpoints in `endpoints.json`. A deployment passes through `updating` (written first, so
 * a crash mid-deploy leaves the endpoint visibly `updating`, as a cloud would) to `in-service`.
 */
export class LocalEndpoints implements ModelEndpoints {
  constructor(private readonly dir: StateDir) {}

  async list(): Promise<string[]> {
    return (await this.read()).map((e) => e.id);
  }

  async get(id: string): Promise<EndpointState | null> {
    const record = (await this.read()).find((e) => e.id === endpointIdOf(id));
    return record === undefined ? null : toState(record);
  }

  deployVersion(id: string, version: string): Promise<void> {
    return this.change(id, async (record, save) => {
      const versions = record.history.map((h) => h.version);
      if (!versions.includes(version)) throw new UnknownVersionError("endpoint", record.id, version, versions);
      if (record.status === "disabled") throw new EndpointUnavailableError(record.id, "disabled");
      const updating = transition(record, "updating", version, this.dir.now());
      await save(updating);
      await save(transition({ ...updating, currentVersion: version }, "in-service", version, this.dir.now()));
    });
  }

  disable(id: string): Promise<void> {
    return this.change(id, async (record, save) => {
      if (record.status === "disabled") return;
      const disabled = { ...record, currentVersion: null, disabledVersion: record.currentVersion };
      await save(transition(disabled, "disabled", null, this.dir.now()));
    });
  }

  enable(id: string): Promise<void> {
    return this.change(id, async (record, save) => {
      if (record.status !== "disabled") return;
      const version = record.disabledVersion ?? record.history.at(-1)?.version ?? null;
      const updating = transition({ ...record, disabledVersion: null }, "updating", version, this.dir.now());
      await save(updating);
      await save(transition({ ...updating, currentVersion: version }, "in-service", version, this.dir.now()));
    });
  }

  /**
   * Sends one request: the serving version answers, or the endpoint refuses traffic. While
   * `updating`, the old version keeps serving (as on SageMaker, Azure ML and Vertex AI).
   */
  async invoke(id: string): Promise<{ version: string }> {
    const record = (await this.read()).find((e) => e.id === endpointIdOf(id));
    if (record === undefined) throw new NotFoundError("endpoint", id, await this.list());
    if (record.status === "disabled" || record.status === "failed" || record.currentVersion === null) {
      throw new EndpointUnavailableError(record.id, record.status);
    }
    return { version: record.currentVersion };
  }

  /** The full records (CMEK key, transitions), for `airr local show` and the encryption port. */
  async records(): Promise<EndpointRecord[]> {
    return this.read();
  }

  /** Sets an endpoint's CMEK key; used by `LocalEncryption` under its own lock. */
  async writeKmsKey(id: string, kmsKeyId: string | null): Promise<void> {
    const all = await this.read();
    await this.write(all.map((e) => (e.id === id ? { ...e, kmsKeyId } : e)));
  }

  private async read(): Promise<EndpointRecord[]> {
    return (await this.dir.readJson(ENDPOINTS_FILE, EndpointsFileSchema)).endpoints;
  }

  private write(endpoints: EndpointRecord[]): Promise<void> {
    return this.dir.writeJson(ENDPOINTS_FILE, { endpoints });
  }

  private change(
    ref: string,
    fn: (record: EndpointRecord, save: (next: EndpointRecord) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    return this.dir.withLock(async () => {
      const all = await this.read();
      const id = endpointIdOf(ref);
      const record = all.find((e) => e.id === id);
      if (record === undefined)
        throw new NotFoundError(
          "endpoint",
          ref,
          all.map((e) => e.id),
        );
      await fn(record, (next) => this.write(all.map((e) => (e.id === id ? next : e))));
    });
  }
}

function transition(record: EndpointRecord, status: EndpointStatus, version: string | null, at: string) {
  const transitions = [...record.transitions, { at, status, version }].slice(-MAX_TRANSITIONS);
  return { ...record, status, transitions };
}

function toState(record: EndpointRecord): EndpointState {
  return {
    id: record.id,
    status: record.status,
    currentVersion: record.currentVersion,
    history: record.history.map((h) => ({ ...h })),
  };
}
