import { DEFAULT_THRESHOLD, InjectionDetector, OutputScanner } from "@airr/core";
import { EXIT } from "../exitCodes.js";
import { formatTable, reportError } from "../output.js";
import { readScanRows, readTextFile, ScanInputError } from "./scanInput.js";

export interface PromptOpts {
  input: string;
  json?: boolean;
  threshold?: string;
}
export interface OutputOpts {
  input: string;
  json?: boolean;
  systemPrompt?: string;
  canary: string[];
}

/** Runs one scan sub-command and returns the exit code. */
export function run(json: boolean, body: () => void): number {
  try {
    body();
    return EXIT.ok;
  } catch (error) {
    return reportError(error, json);
  }
}

export function scanPrompts(opts: PromptOpts): void {
  const threshold = opts.threshold === undefined ? DEFAULT_THRESHOLD : Number(opts.threshold);
  if (!(threshold > 0 && threshold <= 1))
    throw new ScanInputError(
      `--threshold must be a number in (0, 1], got "${opts.threshold}"`,
      "--threshold",
      "try --threshold 0.5",
    );
  const rows = readScanRows(opts.input);
  const detector = new InjectionDetector({ threshold });
  const verdicts = rows.map((r) => {
    const v = detector.detect(r.text);
    return { verdict: v.detected ? "block" : "allow", score: v.score, families: v.families, reasons: v.reasons };
  });
  if (opts.json) {
    process.stdout.write(verdicts.map((v) => `${JSON.stringify(v)}\n`).join(""));
    return;
  }
  const table = verdicts.map((v, i) => [i + 1, v.verdict, v.score.toFixed(3), v.families.slice(0, 3).join(",") || "-"]);
  const blocked = verdicts.filter((v) => v.verdict === "block").length;
  process.stdout.write(
    `${formatTable(["row", "verdict", "score", "families"], table)}\n\n${blocked} of ${rows.length} prompts blocked (threshold ${threshold}).\n`,
  );
}

export function scanOutputs(opts: OutputOpts): void {
  const rows = readScanRows(opts.input);
  const systemPrompt =
    opts.systemPrompt === undefined ? undefined : readTextFile(opts.systemPrompt, "system prompt file");
  const scanner = new OutputScanner({ canaries: opts.canary, ...(systemPrompt === undefined ? {} : { systemPrompt }) });
  const results = rows.map((r) => {
    const canaries = r.canary === undefined ? [] : Array.isArray(r.canary) ? r.canary : [r.canary];
    const s = scanner.scan(r.text, {
      canaries,
      ...(r.system_prompt === undefined ? {} : { systemPrompt: r.system_prompt }),
    });
    return { leak: s.leak, findings: s.findings.map((f) => ({ kind: f.kind, value: f.value })) };
  });
  if (opts.json) {
    process.stdout.write(results.map((r) => `${JSON.stringify(r)}\n`).join(""));
    return;
  }
  // The table shows kinds only: values are secrets and must not land in terminal scrollback.
  const table = results.map((r, i) => [
    i + 1,
    r.leak ? "LEAK" : "clean",
    r.findings.map((f) => f.kind).join(",") || "-",
  ]);
  const leaking = results.filter((r) => r.leak).length;
  process.stdout.write(
    `${formatTable(["row", "result", "kinds"], table)}\n\n${leaking} of ${rows.length} outputs leak.\n`,
  );
}
