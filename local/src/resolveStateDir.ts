import { join, resolve } from "node:path";

/**
 * The state directory a CLI command uses: `--dir`, else `AIRR_STATE_DIR`, else `.airr` under the
 * current directory. Shared by every command that opens the local cloud.
 *
 * @example
 * const cloud = LocalCloud.open({ dir: resolveStateDir(options.dir) });
 */
export function resolveStateDir(flag?: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const chosen = flag ?? (env["AIRR_STATE_DIR"] || undefined);
  return chosen === undefined ? join(cwd, ".airr") : resolve(cwd, chosen);
}
