import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { AirrError, datasetDrift, statChecks, toEmf, toPrometheus } from "@airr/core";
import { parsePositive, parseTypes } from "../drift/driftFlags.js";
import { readTable } from "../drift/readTable.js";
import { renderReport } from "../drift/renderReport.js";
import { EXIT } from "../exitCodes.js";
import { formatTable, printJson, reportError } from "../output.js";

export interface DriftFlags {
  reference: string;
  current: string;
  column?: string[];
  type?: string[];
  test?: string[];
  threshold?: string;
  shareThreshold?: string;
  report?: string;
  metrics?: string;
  json?: boolean;
}

export function runDrift(flags: DriftFlags): number {
  try {
    if (flags.metrics !== undefined && flags.metrics !== "emf" && flags.metrics !== "prometheus") {
      throw new AirrError("InvalidFlag", `--metrics must be emf or prometheus, got "${flags.metrics}"`, {
        where: "--metrics",
        hint: "--metrics prometheus",
      });
    }
    const tests = flags.test ?? [];
    for (const t of tests) if (t !== "all") statChecks.get(t);
    const reference = readTable(flags.reference);
    const current = readTable(flags.current);
    const columns = flags.column ?? Object.keys(reference);
    const types = parseTypes(flags.type ?? [], columns);
    const threshold = parsePositive("--threshold", flags.threshold);
    const result = datasetDrift(reference, current, {
      columns,
      types,
      tests: tests.includes("all") ? "all" : tests.length > 0 ? tests : "default",
      ...(threshold === undefined ? {} : { threshold }),
      shareThreshold: parsePositive("--share-threshold", flags.shareThreshold) ?? 0.5,
    });
    if (flags.report !== undefined) {
      // chart.js does not export its UMD build; it sits next to the CommonJS entry.
      const chartJs = readFileSync(
        join(dirname(createRequire(import.meta.url).resolve("chart.js")), "chart.umd.min.js"),
        "utf8",
      );
      writeFileSync(
        flags.report,
        renderReport(result, chartJs, {
          reference: flags.reference,
          current: flags.current,
          generatedAt: new Date().toISOString(),
        }),
      );
    }
    if (flags.metrics === "emf")
      for (const doc of toEmf(result, "airr/drift", Date.now())) process.stdout.write(`${JSON.stringify(doc)}\n`);
    else if (flags.metrics === "prometheus") process.stdout.write(toPrometheus(result));
    else if (flags.json) {
      printJson({
        drift: result.drift,
        drifted_share: result.driftedShare,
        columns: result.columns.map((c) => ({
          column: c.column,
          type: c.type,
          checks: c.checks.map((k) =>
            "error" in k
              ? { test: k.test, error: k.error }
              : { test: k.test, score: k.score, threshold: k.threshold, drift: k.drift },
          ),
        })),
      });
    } else {
      const rows = result.columns.flatMap((c) =>
        c.checks.map((k) =>
          "error" in k
            ? [c.column, c.type, k.test, null, null, `error: ${k.error}`]
            : [c.column, c.type, k.test, k.score, k.threshold, k.drift ? "DRIFT" : "ok"],
        ),
      );
      process.stdout.write(`${formatTable(["column", "type", "test", "score", "threshold", "drift"], rows)}\n`);
      process.stdout.write(
        `dataset drift: ${result.drift ? "DETECTED" : "not detected"} (${result.driftedCount}/${result.columnCount} columns, share ${result.driftedShare})\n`,
      );
      if (flags.report !== undefined) process.stdout.write(`report: ${flags.report}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    return reportError(error, flags.json === true);
  }
}
