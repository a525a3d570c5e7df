import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Mutex } from "async-mutex";
import lockfile from "proper-lockfile";
import { ForeignDirectoryError, StateLockedError, StateNotInitializedError } from "./errors.js";

// One mutex per state directory per process: callers in one process queue here instead of
// spinning on the cross-process lock, so 50 concurrent claims cost 50 turns, not 50 retry loops.
const processMutexes = new Map<string, Mutex>();

// About 20 s of retries before telling the user another process holds the lock.
const RETRIES = { retries: 200, factor: 1.2, minTimeout: 5, maxTimeout: 100 };

/**
 * Runs `fn` holding the lock of the state directory `root`: the in-process mutex, then the
 * cross-process lock. proper-lockfile makes the lock an atomic `mkdir` of `root/lock`, refreshes
 * its mtime every `staleMs / 5` while held, and takes over a lock whose mtime is older than
 * `staleMs` (its holder crashed). `create` makes a missing `root`; otherwise a missing one means
 * the world was never seeded. Not re-entrant: `fn` must not take the lock again.
 */
export async function withStateLock<T>(
  root: string,
  options: { staleMs: number; create: boolean },
  fn: () => Promise<T>,
): Promise<T> {
  let mutex = processMutexes.get(root);
  if (mutex === undefined) {
    mutex = new Mutex();
    processMutexes.set(root, mutex);
  }
  return mutex.runExclusive(async () => {
    if (options.create)
      await mkdir(root, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "EEXIST" || error.code === "ENOTDIR") throw new ForeignDirectoryError(root, []);
        throw error;
      });
    else if (!existsSync(root)) throw new StateNotInitializedError(root);
    const lockPath = join(root, "lock");
    let compromised: Error | undefined;
    let unlock: () => Promise<void>;
    try {
      unlock = await lockfile.lock(root, {
        stale: options.staleMs,
        update: Math.floor(options.staleMs / 5),
        realpath: false,
        retries: RETRIES,
        lockfilePath: lockPath,
        onCompromised: (error: Error) => {
          compromised = error;
        },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ELOCKED") throw new StateLockedError(lockPath, error);
      throw error;
    }
    const result = await fn().finally(async () => {
      if (compromised === undefined) await unlock();
    });
    // Our lock went stale mid-operation (the process stalled): another process may have acted too.
    if (compromised !== undefined) throw new StateLockedError(lockPath, compromised);
    return result;
  });
}
