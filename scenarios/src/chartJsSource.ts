import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

let cached: string | undefined;

/**
 * The Chart.js UMD bundle as text, for inlining into the self-contained HTML report. Chart.js
 * does not export the bundle's path, so it is found next to the package's resolved entry.
 */
export function chartJsSource(): string {
  if (cached === undefined) {
    const entry = createRequire(import.meta.url).resolve("chart.js");
    cached = readFileSync(join(dirname(entry), "chart.umd.min.js"), "utf8");
  }
  return cached;
}
