/**
 * Cold start of the airr Lambda: what an alarm waits for before anything acts.
 * - bundle: esbuild (ESM, minified, code splitting, SDK bundled) of aws/src/handler.ts; the entry
 *   chunk must hold parsing, policy and engine only, each SDK client in its own chunk;
 * - cold import of the handler vs an empty module, each in a fresh Node process, same run;
 * - first-use load of each SDK client chunk (what the first action of a kind adds);
 * - handler overhead per alert with the SDK clients mocked (parse -> respond -> result).
 * Writes bench/results/aws.md. Timings are medians over fresh processes on a shared machine.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { machineLine, percentile } from "./machine.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = path.join(root, "bench/.tmp/aws");
const RUNS = 15;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

async function bundle(entryPoints: Record<string, string>, outdir: string, external: string[] = []) {
  const result = await build({
    entryPoints,
    outdir,
    splitting: true,
    external,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minify: true,
    metafile: true,
    outExtension: { ".js": ".mjs" },
    mainFields: ["module", "main"],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: "error",
  });
  return result.metafile;
}

/** Milliseconds to `import()` a file in a fresh Node process (process start excluded). */
function coldImport(file: string, then = ""): number {
  const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(file)}); ${then}; console.log(performance.now() - t0);`;
  const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, AWS_REGION: "eu-west-1", POWERTOOLS_LOG_LEVEL: "SILENT" },
    encoding: "utf8",
  });
  return Number(stdout.trim().split("\n").pop());
}

/** Wall-clock milliseconds of a whole fresh `node file` process: what a cold start pays. */
function coldProcess(file: string): number {
  const t0 = performance.now();
  execFileSync(process.execPath, [file], {
    env: { ...process.env, AWS_REGION: "eu-west-1", POWERTOOLS_LOG_LEVEL: "SILENT" },
  });
  return performance.now() - t0;
}

/** The entry chunk and every chunk it imports statically: what a cold import loads before the handler runs. */
function staticClosure(meta: Metafile): string[] {
  const entryFile = Object.entries(meta.outputs).find(([, o]) => o.entryPoint?.endsWith("aws/src/handler.ts"))?.[0];
  const seen = new Set<string>();
  const stack = entryFile ? [entryFile] : [];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of meta.outputs[file]?.imports ?? [])
      if (i.kind === "import-statement" && !i.external) stack.push(i.path);
  }
  return [...seen];
}

/** Bytes of the given chunks that come from one package or folder (for the size breakdown). */
function share(meta: Metafile, chunks: string[], pkg: string): number {
  return chunks
    .flatMap((c) => Object.entries(meta.outputs[c]?.inputs ?? {}))
    .filter(([file]) => file.includes(pkg))
    .reduce((sum, [, i]) => sum + i.bytesInOutput, 0);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 1. The Lambda bundle alone: entry chunk and total.
const lambda = await bundle({ handler: path.join(root, "aws/src/handler.ts") }, path.join(out, "lambda"));
const outputs = Object.entries(lambda.outputs).filter(([f]) => f.endsWith(".mjs"));
const entry = outputs.find(([, o]) => o.entryPoint?.endsWith("aws/src/handler.ts"));
const entryBytes = entry?.[1].bytes ?? 0;
const totalBytes = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
const sdkInEntry = Object.keys(entry?.[1].inputs ?? {}).filter((f) => f.includes("@aws-sdk/client-"));

const closure = staticClosure(lambda);
const closureBytes = closure.reduce((sum, c) => sum + (lambda.outputs[c]?.bytes ?? 0), 0);
const yamlInClosure = share(lambda, closure, "node_modules/yaml/");
// As infra/aws bundles it (infra/aws/lib/handlerCode.ts): the same, with the SDK left to the runtime.
const deployed = await bundle({ handler: path.join(root, "aws/src/handler.ts") }, path.join(out, "deployed"), [
  "@aws-sdk/*",
]);
const deployedBytes = Object.entries(deployed.outputs)
  .filter(([f]) => f.endsWith(".mjs"))
  .reduce((sum, [, o]) => sum + o.bytes, 0);

// 2. Handler + loaders in one build (shared chunks), for per-client first-use timings.
await bundle(
  {
    handler: path.join(root, "aws/src/handler.ts"),
    loaders: path.join(root, "aws/src/ports/sdkLoaders.ts"),
    policies: path.join(root, "aws/src/policiesFromText.ts"),
  },
  path.join(out, "timed"),
);
const empty = path.join(out, "empty.mjs");
writeFileSync(empty, "export {};\n");
const handlerFile = path.join(out, "timed/handler.mjs");
const loadersFile = path.join(out, "timed/loaders.mjs");

const emptyMs: number[] = [];
const handlerMs: number[] = [];
const emptyProcMs: number[] = [];
const handlerProcMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  emptyMs.push(coldImport(empty));
  handlerMs.push(coldImport(handlerFile));
  emptyProcMs.push(coldProcess(empty));
  handlerProcMs.push(coldProcess(handlerFile));
}
// The YAML policy parser, which the first invocation of a container imports.
const policiesFile = path.join(out, "timed/policies.mjs");
const policyLoadMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const script = `await import(${JSON.stringify(handlerFile)}); const t0 = performance.now(); await import(${JSON.stringify(policiesFile)}); console.log(performance.now() - t0);`;
  const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  policyLoadMs.push(Number(stdout.trim().split("\n").pop()));
}
const clients = ["sagemaker", "kms", "secrets-manager", "wafv2", "dynamodb", "s3", "sns", "ssm"] as const;
const firstUse: Record<string, number> = {};
for (const client of clients) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Handler first (as in a warm container), then time only the client's chunk.
    const script = `await import(${JSON.stringify(handlerFile)}); const { SDK_LOADERS } = await import(${JSON.stringify(loadersFile)}); const t0 = performance.now(); await SDK_LOADERS[${JSON.stringify(client)}](); console.log(performance.now() - t0);`;
    const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, AWS_REGION: "eu-west-1", POWERTOOLS_LOG_LEVEL: "SILENT" },
      encoding: "utf8",
    });
    times.push(Number(stdout.trim().split("\n").pop()));
  }
  firstUse[client] = median(times);
}

// 3. Handler overhead per alert, SDK clients mocked (in this process, from source).
process.env["POWERTOOLS_LOG_LEVEL"] = "SILENT";
process.env["POWERTOOLS_METRICS_DISABLED"] = "true";
const { handle, SageMakerEndpoints, MemorySnapshotStore, SnsNotifier } = await import("../aws/src/index.js");
const { loadPolicies } = await import("../core/src/index.js");
const { fakeSageMaker, fakeSns } = await import("../test/aws/fakeAws.js");
const { MemoryStateStore } = await import("../test/helpers/memoryProvider.js");
const policyFile = path.join(root, "infra/aws/policies/default.yaml");
const policies = loadPolicies(readFileSync(policyFile, "utf8"), policyFile);
const event = JSON.parse(
  readFileSync(path.join(root, "test/fixtures/events/aws/sns-cloudwatch-alarm/sagemaker-5xx-alarm.json"), "utf8"),
);
const perAlert: number[] = [];
const ALERTS = 200;
for (let i = 0; i < ALERTS + 20; i++) {
  const [sm, sns] = [fakeSageMaker(), fakeSns()];
  const provider = {
    cloud: "aws" as const,
    state: new MemoryStateStore(),
    endpoints: new SageMakerEndpoints({ snapshots: new MemorySnapshotStore(), endpoints: ["fraud-detector"] }),
    notifier: new SnsNotifier({ topicArn: "arn:aws:sns:eu-west-1:123456789012:airr" }),
  };
  const t0 = performance.now();
  const result = await handle(event, { provider: async () => provider, policies: async () => policies, mode: "apply" });
  const t1 = performance.now();
  if (result.status !== "handled" || result.incidents[0]?.status !== "completed")
    throw new Error("bench alert did not complete");
  if (i >= 20) perAlert.push(t1 - t0);
  sm.restore();
  sns.restore();
}
const sorted = [...perAlert].sort((a, b) => a - b);

const lines = [
  "## aws: Lambda cold start and bundle",
  "",
  machineLine(),
  "The machine is 2 shared cores used by several jobs at once: timings are noisy; sizes are exact.",
  "",
  "| measure | value | target |",
  "| --- | ---: | --- |",
  `| entry chunk (handler.mjs, minified, SDK excluded by splitting) | ${kb(entryBytes)} | < 300 KB |`,
  `| entry chunk + the chunks it imports statically (all a cold import loads) | ${kb(closureBytes)} in ${closure.length} chunks | report |`,
  `| SDK client modules inside the entry chunk | ${sdkInEntry.length} | 0 |`,
  `| YAML parser inside the entry chunk or its static imports | ${kb(yamlInClosure)} | 0 |`,
  `| total bundle (all chunks, SDK included) | ${kb(totalBytes)} in ${outputs.length} chunks | report |`,
  `| deployed asset as infra/aws builds it (all chunks, SDK from the runtime, source maps aside) | ${kb(deployedBytes)} | report |`,
  `| cold import, empty module (median of ${RUNS} fresh processes) | ${median(emptyMs).toFixed(1)} ms | baseline |`,
  `| cold import, handler entry (median of ${RUNS}) | ${median(handlerMs).toFixed(1)} ms | < 2× empty = ${(2 * median(emptyMs)).toFixed(1)} ms |`,
  `| cold start, whole \`node empty.mjs\` process (median of ${RUNS}) | ${median(emptyProcMs).toFixed(1)} ms | baseline |`,
  `| cold start, whole \`node handler.mjs\` process (median of ${RUNS}) | ${median(handlerProcMs).toFixed(1)} ms | < 2× = ${(2 * median(emptyProcMs)).toFixed(1)} ms |`,
  `| policy YAML parser + validation chunk, first invocation (median of ${RUNS}) | ${median(policyLoadMs).toFixed(1)} ms | report |`,
  `| handler overhead per alert, SDK mocked (median / p95 of ${ALERTS}) | ${percentile(sorted, 50).toFixed(2)} / ${percentile(sorted, 95).toFixed(2)} ms | report |`,
  "",
  `What a cold import loads (entry chunk + static imports): zod ${kb(share(lambda, closure, "node_modules/zod/"))}, core's response engine ${kb(share(lambda, closure, "core/dist/"))}, aws ports and parsers ${kb(share(lambda, closure, "aws/src/"))}, picomatch ${kb(share(lambda, closure, "node_modules/picomatch/"))}, Powertools ${kb(share(lambda, closure, "node_modules/@aws-lambda-powertools/"))}.`,
  'zod is imported as `import * as z from "zod"` everywhere the Lambda reaches (core and aws) so esbuild keeps only',
  "what is used; the SNS and EventBridge envelopes are our own schemas (aws/src/parsers/envelopes.ts) because",
  'Powertools\' `import { z } from "zod"` kept all of zod (443 KB). The aws package imports `@airr/core/respond`,',
  "which leaves out the detectors and the YAML policy parser; the parser is imported on the first invocation.",
  "",
  "First use of each SDK client (median of fresh processes, after the handler is loaded): what the",
  "first action needing it adds to that invocation.",
  "",
  "| client | actions | first-use load |",
  "| --- | --- | ---: |",
  ...(
    [
      ["sagemaker", "rollback-model, disable-endpoint, enforce-cmek"],
      ["kms", "enforce-cmek (key check)"],
      ["secrets-manager", "rotate-secret"],
      ["wafv2", "block-prompt (edge)"],
      ["dynamodb", "every alert (state store), block-prompt (PromptGuard list)"],
      ["s3", "block-public-access, quarantine-data, policies from S3"],
      ["sns", "notify"],
      ["ssm", "policies from an SSM parameter (cold start only)"],
    ] as const
  ).map(([client, actions]) => `| ${client} | ${actions} | ${(firstUse[client] ?? 0).toFixed(1)} ms |`),
  "",
  "The deployed function (infra/aws) leaves `@aws-sdk/*` out of the bundle and imports each client from",
  "the Node 22 runtime on first use; it is bundled with code splitting (infra/aws/lib/handlerCode.ts, since",
  "NodejsFunction bundles to one file), so its entry chunk and cold import are the ones measured above.",
  "",
];
writeFileSync(path.join(root, "bench/results/aws.md"), lines.join("\n"));
console.error(lines.join("\n"));
