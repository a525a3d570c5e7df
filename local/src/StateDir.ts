import { existsSync } from "node:fs";
import { mkdir, open, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { z } from "zod";
import { StateCorruptError, StateNotInitializedError } from "./errors.js";
import { appendJsonLine, readJsonLines } from "./jsonLines.js";
import { parseStateJson } from "./parseStateJson.js";
import { withStateLock } from "./stateLock.js";

/**
 * The files of one local cloud. Every change happens under `withLock` (see `withStateLock`).
 * Files are replaced atomically (write-file-atomic: temp file, fsync, rename; then the folder is
 * fsynced), so a reader, which takes no lock, sees the old or the new content, never half of it.
 */
export class StateDir {
  readonly root: string;
  private readonly clock: () => Date;
  private readonly staleMs: number;

  /**
   * `clock` stamps the cloud's own records (transitions, rotations, outbox); tests pin it.
   * `lockStaleMs` is how long a silent lock holder is presumed alive (min 2000, default 10 000).
   */
  constructor(root: string, options: { clock?: () => Date; lockStaleMs?: number } = {}) {
    this.root = resolve(root);
    this.clock = options.clock ?? (() => new Date());
    this.staleMs = Math.max(options.lockStaleMs ?? 10_000, 2_000);
  }

  /** The cloud's current time, ISO-8601 UTC with milliseconds. */
  now(): string {
    return this.clock().toISOString();
  }

  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  /**
   * Runs `fn` holding the state lock. `create` makes the directory if missing (the StateStore
   * works before `init`); otherwise a missing directory is `StateNotInitialized` and stays missing.
   */
  withLock<T>(fn: () => Promise<T>, options: { create?: boolean } = {}): Promise<T> {
    return withStateLock(this.root, { staleMs: this.staleMs, create: options.create === true }, fn);
  }

  /**
   * Reads and validates a JSON file; `fallback` (if given) stands in for a missing file. Without
   * one, a missing file means the world was never seeded (or lost a file, which is corruption).
   */
  async readJson<S extends z.ZodType>(rel: string, schema: S, fallback?: () => z.output<S>): Promise<z.output<S>> {
    const file = this.path(rel);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
      if (fallback !== undefined) return fallback();
      if (!existsSync(this.path("meta.json"))) throw new StateNotInitializedError(this.root);
      throw new StateCorruptError(file, "the file is missing", error);
    }
    return parseStateJson(file, schema, text);
  }

  /** Replaces a JSON file atomically and durably. */
  async writeJson(rel: string, value: unknown, options: { mode?: number } = {}): Promise<void> {
    const file = this.path(rel);
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`, { fsync: true, mode: options.mode ?? 0o644 });
    await fsyncDir(dirname(file));
  }

  appendJsonl(rel: string, value: unknown): Promise<void> {
    return appendJsonLine(this.path(rel), value);
  }

  readJsonl<S extends z.ZodType>(rel: string, schema: S): Promise<z.output<S>[]> {
    return readJsonLines(this.path(rel), schema);
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } catch {
    // Some filesystems refuse fsync on a directory; the rename itself is still atomic there.
  } finally {
    await handle.close();
  }
}
