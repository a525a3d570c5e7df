// Writes the two calibration features of every development prompt (rule evidence and corpus
// similarity margin, as InjectionDetector computes them) for fit_calibration.py.
// Run: npx tsc -b && npx tsx bench/calibration/exportFeatures.ts > /tmp/features.jsonl
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InjectionDetector } from "@airr/core";

const devFile = fileURLToPath(new URL("../../../shared/data/prompts/dev.jsonl", import.meta.url));
const detector = new InjectionDetector();
for (const line of readFileSync(devFile, "utf8").split("\n")) {
  if (line.trim() === "") continue;
  const row = JSON.parse(line) as { text: string; label: string; category: string };
  const v = detector.detect(row.text);
  const features = {
    attack: row.label === "benign" ? 0 : 1,
    evidence: v.evidence,
    margin: v.similarity.attack - v.similarity.benign,
    hardNegative: /^(notinject|wildguard|xstest|authored)/.test(row.category),
  };
  process.stdout.write(`${JSON.stringify(features)}\n`);
}
