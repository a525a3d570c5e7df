import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Rows of the quality sample (bench/data/quality, see its README) and what every section returns.
export type Split = "tune" | "heldout";
export const SPLITS: Split[] = ["heldout", "tune"];

export interface ToxRow {
  source: string;
  split: Split;
  text: string;
  labels: Record<string, boolean>;
}
export interface GroundRow {
  split: Split;
  knowledge: string;
  right_answer: string;
  hallucinated_answer: string;
}
export interface SentRow {
  source: string;
  split: Split;
  text: string;
  positive: boolean;
}

/** One set of scores whose AUROC the bench cross-checks with scikit-learn. */
export interface AurocCheck {
  name: string;
  scores: number[];
  labels: boolean[];
  ours: number;
}
export interface Section {
  lines: string[];
  aurocChecks: AurocCheck[];
}

const dataDir = fileURLToPath(new URL("data/quality/", import.meta.url));

export const readQuality = <T>(name: string): T[] =>
  readFileSync(join(dataDir, `${name}.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);

export const f3 = (x: number): string => (Number.isNaN(x) ? "–" : x.toFixed(3));
