import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalCloud } from "@airr/local";
import { afterAll } from "vitest";

export const NOW = "2026-01-31T12:00:00.000Z";

/**
 * Fresh demo worlds in temp directories, removed after the file's tests. The clock is pinned so
 * the cloud's own records are deterministic.
 */
export function tempClouds(): { make(): Promise<LocalCloud>; dir(name: string): string } {
  const root = mkdtempSync(join(tmpdir(), "airr-local-test-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const dir = (name: string) => join(root, name);
  return {
    dir,
    make: () => LocalCloud.init({ dir: dir(`world-${++n}`), now: NOW, clock: () => new Date(NOW) }),
  };
}
