import type { Incident } from "@airr/core";

/** What kind of moment a timeline entry records. */
export type TimelinePhase =
  | "setup"
  | "traffic"
  | "attack"
  | "detection"
  | "alert"
  | "decision"
  | "action"
  | "verification"
  | "end-state";

export interface TimelineEntry {
  /** Simulated time, ISO-8601 UTC. */
  at: string;
  /** Seconds since the simulation started. */
  t: number;
  phase: TimelinePhase;
  message: string;
  data?: Record<string, unknown>;
}

/** One observation of the detector signal the report charts. */
export interface SignalPoint {
  t: number;
  score: number;
  threshold: number;
  detected: boolean;
}

export interface EndStateCheck {
  check: string;
  ok: boolean;
  detail: string;
}

/** Which detector a scenario uses, and whether it is airr's real detector or a named threshold. */
export interface DetectorInfo {
  name: string;
  /** `real`: the airr detector itself; `threshold`: a plain threshold on a metric, named as such. */
  source: "real" | "threshold";
  description: string;
  config: Record<string, unknown>;
}

/** Everything one scenario run produced; `--json` prints it and the HTML report renders it. */
export interface ScenarioResult {
  scenario: string;
  title: string;
  runbook: string;
  seed: number;
  startedAt: string;
  detector: DetectorInfo;
  timeline: TimelineEntry[];
  signal: { name: string; points: SignalPoint[] };
  /** When each action took effect (for the chart). */
  marks: { t: number; label: string }[];
  attackStartedT: number | null;
  detectedT: number | null;
  remediatedT: number | null;
  /** Simulated seconds from the first attack (or failure) event to detection. */
  timeToDetectSeconds: number | null;
  /** Simulated seconds from detection to the last remediation verified. */
  timeToRemediateSeconds: number | null;
  incidents: Incident[];
  endState: EndStateCheck[];
  /** True when detection happened, every action verified and every end-state check holds. */
  passed: boolean;
}
