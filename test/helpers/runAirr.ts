import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../cli/bin/airr.js", import.meta.url));

export interface AirrRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `airr` bin as a user would, in `cwd`, and captures its output. */
export function runAirr(
  args: string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
): AirrRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
