import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const worker = fileURLToPath(new URL("./localWorker.mjs", import.meta.url));

/** Starts `localWorker.mjs` in its own Node process. */
export function startWorker(args: string[]): ChildProcess {
  return spawn(process.execPath, [worker, ...args], { stdio: ["ignore", "pipe", "pipe"] });
}

/** Runs the worker to completion; rejects with its stderr when it fails. */
export function runWorker(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = startWorker(args);
    let out = "";
    let err = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited ${code}: ${err}`))));
  });
}

/** Resolves once the worker printed `text` on stdout. */
export function waitForOutput(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(text)) resolve();
    });
    child.on("exit", (code) => reject(new Error(`worker exited ${code} before printing ${text}`)));
  });
}
