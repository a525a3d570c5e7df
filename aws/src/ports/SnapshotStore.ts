/**
 * Durable JSON snapshots an AWS port needs to undo its own change when the resource it changed
 * is gone (a deleted endpoint, moved objects). `DynamoDbStateStore` implements it in the state
 * table; `MemorySnapshotStore` serves tests and one-shot CLI runs.
 */
export interface SnapshotStore {
  putSnapshot(key: string, value: unknown): Promise<void>;
  getSnapshot<T = unknown>(key: string): Promise<T | null>;
  deleteSnapshot(key: string): Promise<void>;
}

export class MemorySnapshotStore implements SnapshotStore {
  readonly #items = new Map<string, string>();

  async putSnapshot(key: string, value: unknown): Promise<void> {
    this.#items.set(key, JSON.stringify(value));
  }

  async getSnapshot<T = unknown>(key: string): Promise<T | null> {
    const text = this.#items.get(key);
    return text === undefined ? null : (JSON.parse(text) as T);
  }

  async deleteSnapshot(key: string): Promise<void> {
    this.#items.delete(key);
  }
}
