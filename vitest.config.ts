import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Tests import workspace packages from source, so `npm test` needs no build for unit tests. Each
// export of a package (".", "./respond", ...) maps its dist file back to the source file.
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const alias = (JSON.parse(readFileSync(`${root}package.json`, "utf8")).workspaces as string[])
  .filter((dir) => existsSync(`${root}${dir}/src/index.ts`))
  .flatMap((dir) => {
    const pkg = JSON.parse(readFileSync(`${root}${dir}/package.json`, "utf8")) as {
      name: string;
      exports?: Record<string, { default?: string }>;
    };
    const subpaths = Object.entries(pkg.exports ?? { ".": { default: "./dist/index.js" } });
    return subpaths
      .filter(([, target]) => target.default?.startsWith("./dist/"))
      .map(([sub, target]) => ({
        find: new RegExp(`^${escapeRegExp(`${pkg.name}${sub.slice(1)}`)}$`),
        replacement: `${root}${dir}/${(target.default as string).replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts")}`,
      }))
      .filter((a) => existsSync(a.replacement));
  });

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
