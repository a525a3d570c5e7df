import type { ScenarioResult } from "./ScenarioResult.js";

function seconds(value: number | null): string {
  return value === null ? "n/a" : `${value.toFixed(value % 1 === 0 ? 0 : 1)} s`;
}

/**
 * The timeline as plain text, one line per moment, for the terminal (no colours: it is often
 * piped). Ends with time to detect and time to remediate, in simulated seconds.
 *
 * @example
 * process.stdout.write(formatTimeline(result));
 */
export function formatTimeline(result: ScenarioResult): string {
  const lines = [
    `Scenario ${result.scenario}: ${result.title} (seed ${result.seed})`,
    `Runbook:  runbooks/${result.runbook}.md`,
    `Detector: ${result.detector.name} [${result.detector.source}] ${result.detector.description}`,
    "",
  ];
  const width = Math.max(...result.timeline.map((e) => `+${e.t}s`.length));
  for (const entry of result.timeline) {
    lines.push(
      `${`+${entry.t}s`.padStart(width)}  ${entry.at.slice(11, 19)}  ${entry.phase.padEnd(12)}  ${entry.message}`,
    );
  }
  lines.push(
    "",
    `Time to detect:    ${seconds(result.timeToDetectSeconds)} (simulated, from the first attack event)`,
    `Time to remediate: ${seconds(result.timeToRemediateSeconds)} (simulated, from detection to verified remediation)`,
    `Result: ${result.passed ? "PASSED" : "FAILED"} (${result.endState.filter((c) => c.ok).length}/${result.endState.length} end-state checks)`,
  );
  return `${lines.join("\n")}\n`;
}
