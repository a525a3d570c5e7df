import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  AirrError,
  type Alert,
  type Cloud,
  DEFAULT_JSON_LIMITS,
  loadPolicies,
  type Policy,
  parseAlerts,
  parseUntrustedJson,
} from "@airr/core";
import { loadParsers } from "./providers.js";

/** The example policy file shipped in the repository, the last fallback for `--policy`. */
export const BUNDLED_POLICY_FILE = fileURLToPath(
  new URL("../../examples/policies/airr-policies.yaml", import.meta.url),
);

/** Reads a file the user named; a missing or unreadable file is their mistake (exit 2). */
export async function readUserFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new AirrError(
      code === "ENOENT" ? "FileNotFound" : "FileUnreadable",
      `cannot read ${what} "${path}": ${code ?? (cause as Error).message}`,
      {
        where: path,
        hint:
          code === "ENOENT" ? `check the path; it is resolved from ${process.cwd()}` : "check the file's permissions",
        cause,
      },
    );
  }
}

/** `--policy FILE`, else `./airr-policies.yaml`, else the bundled example. */
export function policyFileFor(flag: string | undefined): string {
  if (flag !== undefined) return resolve(flag);
  const local = resolve("airr-policies.yaml");
  return existsSync(local) ? local : BUNDLED_POLICY_FILE;
}

export async function readPolicies(flag: string | undefined): Promise<{ file: string; policies: Policy[] }> {
  const file = policyFileFor(flag);
  return { file, policies: loadPolicies(await readUserFile(file, "policy file"), file) };
}

/** Reads standard input, stopping just past the payload limit (the parser then reports PayloadTooLarge). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > DEFAULT_JSON_LIMITS.maxBytes) break;
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads an alert payload file (`-`: standard input) and normalizes it with the parsers of `cloud` (`auto`: all). */
export async function readAlerts(path: string, cloud: string): Promise<Alert[]> {
  const text = path === "-" ? await readStdin() : await readUserFile(path, "alert file");
  await loadParsers(cloud);
  const payload = parseUntrustedJson(text);
  return parseAlerts(payload, { cloud: cloud as Cloud | "auto" });
}
