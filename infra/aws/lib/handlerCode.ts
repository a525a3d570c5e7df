import { copyFileSync } from "node:fs";
import * as path from "node:path";
import { AssetHashType } from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { buildSync } from "esbuild";

/**
 * The function's code: aws/src/handler.ts bundled by esbuild with code splitting, which
 * NodejsFunction cannot do (it bundles to one file). With splitting, `index.mjs` and the chunks it
 * imports hold parsing and the engine only; the policy YAML parser and the SDK loaders are chunks
 * imported on first use, and `@aws-sdk/*` comes from the Node 22 runtime. The policy file ships
 * beside the handler (AIRR_POLICY_FILE). Bundling is local (no Docker): run `npm ci` first.
 */
export function handlerCode(repoRoot: string, policyPath: string): lambda.Code {
  return lambda.Code.fromAsset(path.join(repoRoot, "aws/src"), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: lambda.Runtime.NODEJS_22_X.bundlingImage,
      command: ["sh", "-c", "echo 'airr bundles the function with the local esbuild: run npm ci' >&2; exit 1"],
      local: {
        tryBundle(outputDir: string): boolean {
          buildSync({
            entryPoints: { index: path.join(repoRoot, "aws/src/handler.ts") },
            outdir: outputDir,
            absWorkingDir: repoRoot,
            bundle: true,
            splitting: true,
            format: "esm",
            platform: "node",
            target: "node22",
            minify: true,
            sourcemap: true,
            outExtension: { ".js": ".mjs" },
            mainFields: ["module", "main"],
            external: ["@aws-sdk/*"],
            banner: {
              js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
            },
            logLevel: "error",
          });
          copyFileSync(policyPath, path.join(outputDir, "policies.yaml"));
          return true;
        },
      },
    },
  });
}
