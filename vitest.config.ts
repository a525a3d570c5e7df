import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Tests import workspace packages from source, so `npm test` needs no build for unit tests.
const alias = Object.fromEntries(
  (JSON.parse(readFileSync(`${root}package.json`, "utf8")).workspaces as string[])
    .filter((dir) => existsSync(`${root}${dir}/src/index.ts`))
    .map((dir) => [
      JSON.parse(readFileSync(`${root}${dir}/package.json`, "utf8")).name as string,
      `${root}${dir}/src/index.ts`,
    ]),
);

// One vitest project per folder under test/ (test/core, test/local, test/e2e, ...).
const projects = readdirSync(`${root}test`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !["fixtures", "contracts", "helpers"].includes(d.name))
  .map((d) => ({
    extends: true as const,
    test: { name: d.name, include: [`test/${d.name}/**/*.test.ts`] },
  }));

export default defineConfig({
  resolve: { alias },
  test: {
    projects,
    // The CLI tests run the built `airr` bin; build once (incremental) before any test runs.
    globalSetup: ["test/helpers/buildOnce.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
