import type { Command } from "commander";
import { DETECTORS } from "./streamDetectorNames.js";
import type { StreamFlags } from "./streamRun.js";

const HELP = `
Parameters (River's names and defaults):
  adwin         delta=0.002 clock=32 max_buckets=5 min_window_length=5 grace_period=10
  page_hinkley  min_instances=30 delta=0.005 threshold=50 alpha=0.9999 mode=both|up|down
  kswin         alpha=0.005 window_size=100 stat_size=30 seed=0 window=[...]
  ddm           warm_start=30 warning_threshold=2 drift_threshold=3          (input: 0/1 errors)
  eddm          warm_start=30 alpha=0.95 beta=0.9                             (input: 0/1 errors)
  hddm_a        drift_confidence=0.001 warning_confidence=0.005 two_sided_test=false
  hddm_w        drift_confidence=0.001 warning_confidence=0.005 lambda_val=0.05 two_sided_test=false

Examples:
  airr stream --detector adwin --input errors.json
  airr stream --detector page_hinkley --param mode=up --param threshold=20 --input latency.json --json
`;

/** `airr stream`: runs one River-compatible streaming drift detector over a file of numbers. */
export function register(program: Command): void {
  program
    .command("stream")
    .description(
      "Run a streaming concept drift detector (River's ADWIN, PageHinkley, KSWIN, DDM, EDDM, HDDM_A, HDDM_W) over a series of numbers",
    )
    .requiredOption("--detector <name>", `detector: ${DETECTORS.join("|")}`)
    .option("--param <name=value>", "a detector parameter by River's name, e.g. delta=0.002 (repeatable)", collect, [])
    .requiredOption("--input <file>", "JSON array of numbers (e.g. 0/1 errors or a metric), in stream order")
    .option("--json", 'print {"drifts": [indices], "warnings": [indices]} (0-based)')
    .addHelpText("after", HELP)
    .action(async (flags: StreamFlags) => {
      const { run } = await import("./streamRun.js");
      process.exitCode = run(flags);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
