import { existsSync } from "node:fs";
import { mkdir, open, readFile, truncate } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { Mutex } from "async-mutex";
import lockfile from "proper-lockfile";
import writeFileAtomic from "write-file-atomic";
import type { z } from "zod";
import { StateCorruptError, StateLockedError, StateNotInitializedError } from "./errors.js";

// One mutex per state directory per process: callers in one process queue here instead of
// spinning on the cross-process lock, so 50 concurrent claims cost 50 turns, not 50 retry loops.
const processMutexes = new Map<string, Mutex>();

// A holder refreshes the lock's mtime every stale/5 ms; one silent for `stale` ms is presumed
// dead (it crashed). About 20 s of retries before telling the user another process holds it.
const DEFAULT_STALE_MS = 10_000;
const RETRIES = { retries: 200, factor: 1.2, minTimeout: 5, maxTimeout: 100 };

/**
 * The files of one local cloud. Every change happens under `withLock`: an in-process mutex plus a
 * cross-process lock (proper-lockfile: an atomic `mkdir` with mtime-based stale detection, which
 * survives a crashed holder and works on every local filesystem). Files are replaced atomically
 * (write-file-atomic: temp file, fsync, rename), so a reader sees the old or the new content,
 * never half of it.
 */
export class StateDir {
  readonly root: string;

  private readonly clock: () => Date;
  private readonly lockOptions: lockfile.LockOptions;

  /**
   * `clock` stamps the cloud's own records (transitions, rotations, outbox); tests pin it.
   * `lockStaleMs` is how long a silent lock holder is presumed alive (min 2000).
   */
  constructor(root: string, options: { clock?: () => Date; lockStaleMs?: number } = {}) {
    this.root = resolve(root);
    this.clock = options.clock ?? (() => new Date());
    const stale = Math.max(options.lockStaleMs ?? DEFAULT_STALE_MS, 2_000);
    this.lockOptions = { stale, update: Math.floor(stale / 5), realpath: false, retries: RETRIES };
  }

  /** The cloud's current time, ISO-8601 UTC with milliseconds. */
  now(): string {
    return this.clock().toISOString();
  }

  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  get lockPath(): string {
    return this.path("lock");
  }

  /** Runs `fn` holding the state lock. Not re-entrant: `fn` must not call `withLock` again. */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    let mutex = processMutexes.get(this.root);
    if (mutex === undefined) {
      mutex = new Mutex();
      processMutexes.set(this.root, mutex);
    }
    return mutex.runExclusive(async () => {
      await mkdir(this.root, { recursive: true });
      let compromised: Error | undefined;
      let unlock: () => Promise<void>;
      try {
        unlock = await lockfile.lock(this.root, {
          ...this.lockOptions,
          lockfilePath: this.lockPath,
          onCompromised: (error: Error) => {
            compromised = error;
          },
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ELOCKED") throw new StateLockedError(this.lockPath, error);
        throw error;
      }
      const result = await fn().finally(async () => {
        if (compromised === undefined) await unlock();
      });
      // Our lock went stale mid-operation (process stalled > 10 s): another process may have acted too.
      if (compromised !== undefined) throw new StateLockedError(this.lockPath, compromised);
      return result;
    });
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
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      if (fallback !== undefined) return fallback();
      if (!existsSync(this.path("meta.json"))) throw new StateNotInitializedError(this.root);
      throw new StateCorruptError(file, "the file is missing", error);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new StateCorruptError(file, `not valid JSON (${(error as Error).message})`, error);
    }
    return validate(file, schema, value);
  }

  /** Replaces a JSON file atomically and durably (the directory entry is fsynced too). */
  async writeJson(rel: string, value: unknown, options: { mode?: number } = {}): Promise<void> {
    const file = this.path(rel);
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`, { fsync: true, mode: options.mode ?? 0o644 });
    await fsyncDir(dirname(file));
  }

  /**
   * Appends one JSON line durably. A line torn by a crash mid-append (no trailing newline) is cut
   * off first, so the log stays one valid entry per line.
   */
  async appendJsonl(rel: string, value: unknown): Promise<void> {
    const file = this.path(rel);
    await mkdir(dirname(file), { recursive: true });
    const handle = await open(file, "a+");
    try {
      const { size } = await handle.stat();
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) {
          const text = await readFile(file, "utf8");
          await truncate(file, Buffer.byteLength(text.slice(0, text.lastIndexOf("\n") + 1)));
        }
      }
      await handle.appendFile(`${JSON.stringify(value)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Reads and validates a JSONL file; a torn last line (crash mid-append) is ignored. */
  async readJsonl<S extends z.ZodType>(rel: string, schema: S): Promise<z.output<S>[]> {
    const file = this.path(rel);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    const lines = text.split("\n");
    lines.pop(); // after the last newline: empty, or a torn write
    return lines.map((line, index) => {
      const where = `${file}:${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new StateCorruptError(where, `line ${index + 1} is not valid JSON`, error);
      }
      return validate(where, schema, value);
    });
  }
}

function validate<S extends z.ZodType>(where: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue === undefined || issue.path.length === 0 ? "(root)" : issue.path.join(".");
  throw new StateCorruptError(where, `${path}: ${issue?.message ?? "invalid"}`, result.error);
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
