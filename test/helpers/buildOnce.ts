import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** vitest globalSetup: bring dist/ up to date so tests that spawn `airr` run the current code. */
export default function buildOnce(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-b"], { cwd: root, stdio: "inherit" });
}
