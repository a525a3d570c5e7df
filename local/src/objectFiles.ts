import { randomUUID } from "node:crypto";
import { mkdir, open, readdir, rename, stat } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
import { InvalidIdError } from "./errors.js";

// Objects of a local data store are plain files, so quarantine is a rename (atomic, and the
// bytes never change). These helpers keep keys inside the store's folder.

const SEGMENT = /^[A-Za-z0-9 _.@=+,-]+$/;

/** Throws unless `key` is a relative path of safe segments (no empty, `.` or `..` segment). */
export function assertSafeKey(kind: string, key: string): void {
  const segments = key.split("/");
  const ok = segments.every((s) => SEGMENT.test(s) && s !== "." && s !== "..");
  if (!ok || key.length > 1024) throw new InvalidIdError(kind, key);
}

/** Every file under `root` as a `/`-separated key, sorted; an absent root has none. */
export async function listFiles(root: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(root, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const keys: string[] = [];
  for (const entry of entries) {
    if ((await stat(join(root, entry))).isFile()) keys.push(entry.split(sep).join("/"));
  }
  return keys.sort();
}

/** Moves `from` to `to` (creating folders); a move already done (source gone, target there) is a no-op. */
export async function moveFile(from: string, to: string): Promise<void> {
  if (!(await exists(from)) && (await exists(to))) return;
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to);
}

/** Writes bytes durably: a temp file in `tmpDir`, fsync, rename into place. */
export async function writeFileDurably(file: string, body: Uint8Array | string, tmpDir: string): Promise<void> {
  await mkdir(tmpDir, { recursive: true });
  await mkdir(dirname(file), { recursive: true });
  const tmp = join(tmpDir, randomUUID());
  const handle = await open(tmp, "wx");
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
