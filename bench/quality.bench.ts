// `npm run bench quality`: toxicity, grounding and tone (and the injection detector's false
// positives on the same benign text) measured on public labelled data (a seeded,
// stratified sample in bench/data/quality, see its README), on the held-out half and the tune half,
// each beside a plain reference baseline so the numbers can be judged.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { machineLine } from "./machine.js";
import { groundingSection } from "./qualityGrounding.js";
import { injectionFprSection } from "./qualityInjectionFpr.js";
import { toneSection } from "./qualityTone.js";
import { toxicitySection } from "./qualityToxicity.js";

const outFile = fileURLToPath(new URL("results/quality.md", import.meta.url));
const sections = [toxicitySection(), groundingSection(), toneSection(), injectionFprSection()];
const lines = [
  "## Toxicity, grounding and tone quality (`bench/quality.bench.ts`)",
  "",
  machineLine(),
  "",
  ...sections.flatMap((s) => s.lines),
];
const aurocChecks = sections.flatMap((s) => s.aurocChecks);

// --- Reference check: our AUROC against scikit-learn's roc_auc_score on the same scores ------------
const py = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
try {
  const file = join(mkdtempSync(join(tmpdir(), "airr-quality-")), "auroc.json");
  writeFileSync(file, JSON.stringify(aurocChecks.map((c) => ({ s: c.scores, y: c.labels.map(Number) }))));
  const sk = JSON.parse(
    execFileSync(py, [
      "-c",
      "import json,sys;from sklearn.metrics import roc_auc_score as A;print(json.dumps([A(c['y'],c['s']) for c in json.load(open(sys.argv[1]))]))",
      file,
    ]).toString(),
  ) as number[];
  const worst = Math.max(...aurocChecks.map((c, i) => Math.abs(c.ours - (sk[i] ?? Number.NaN))));
  lines.push(
    `AUROC cross-check: scikit-learn's \`roc_auc_score\` on the same ${sk.length} score sets differs by at most ${worst.toExponential(1)}.`,
    "",
  );
} catch {
  lines.push("AUROC cross-check skipped: python3 with scikit-learn not found, or it failed.", "");
}

writeFileSync(outFile, `${lines.join("\n")}\n`);
