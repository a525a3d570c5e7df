// Toxicity section of bench/quality.bench.ts: toxic vs not per source and per labelled category,
// beside obscenity's default matcher alone.
import { ToxicityDetector } from "@airr/core";
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { type AurocCheck, f3, readQuality, type Section, SPLITS, type ToxRow } from "./qualityData.js";
import { auroc, confusion, pct, table } from "./qualityMetrics.js";

export function toxicitySection(): Section {
  const lines: string[] = [];
  const aurocChecks: AurocCheck[] = [];
  const toxRows = readQuality<ToxRow>("toxicity");
  const detector = new ToxicityDetector();
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const tox = toxRows.map((r) => ({ ...r, v: detector.detect(r.text), ref: obscenity.hasMatch(r.text) }));
  lines.push(
    "### Toxicity",
    "",
    "Toxic vs not (any category, `detected` at the default threshold 0.5) per source; the reference is",
    "`obscenity`'s default English matcher alone (`hasMatch`). FPR = false-positive rate on the clean rows.",
    "AUROC ranks by `score`.",
    "",
  );
  const toxBody: (string | number)[][] = [];
  for (const split of SPLITS)
    for (const source of ["surge", "davidson", "jigsaw", "all"]) {
      const rows = tox.filter((r) => r.split === split && (source === "all" || r.source === source));
      const actual = rows.map((r) => r.labels.toxic === true);
      const ours = confusion(
        rows.map((r) => r.v.detected),
        actual,
      );
      const ref = confusion(
        rows.map((r) => r.ref),
        actual,
      );
      const a = auroc(
        rows.map((r) => r.v.score),
        actual,
      );
      aurocChecks.push({
        name: `toxicity ${split} ${source}`,
        scores: rows.map((r) => r.v.score),
        labels: actual,
        ours: a,
      });
      toxBody.push([
        split,
        source,
        `${rows.length} (${ours.positives} toxic)`,
        pct(ours.precision),
        pct(ours.recall),
        f3(ours.f1),
        pct(ours.fpr),
        f3(a),
        `${pct(ref.precision)} / ${pct(ref.recall)} / ${f3(ref.f1)} / ${pct(ref.fpr)}`,
      ]);
    }
  lines.push(
    ...table(
      ["split", "source", "rows", "precision", "recall", "F1", "FPR", "AUROC", "reference P / R / F1 / FPR"],
      toxBody,
    ),
    "",
  );

  // The sources' own categories, mapped onto ours; a row counts for a category only if its source labels it.
  const categoryMap: { label: string; source: string; ours: string[] }[] = [
    { label: "hate", source: "davidson", ours: ["hate"] },
    { label: "identity_hate", source: "jigsaw", ours: ["hate"] },
    { label: "obscene", source: "jigsaw", ours: ["profanity", "sexual"] },
    { label: "insult", source: "jigsaw", ours: ["insult"] },
    { label: "threat", source: "jigsaw", ours: ["threat"] },
  ];
  const catBody: (string | number)[][] = [];
  for (const split of SPLITS)
    for (const m of categoryMap) {
      const rows = tox.filter((r) => r.split === split && r.source === m.source);
      const c = confusion(
        rows.map((r) => m.ours.some((k) => (r.v.categories[k as keyof typeof r.v.categories] ?? 0) >= 0.5)),
        rows.map((r) => r.labels[m.label] === true),
      );
      catBody.push([
        split,
        `${m.source} ${m.label}`,
        m.ours.join(" or "),
        `${c.n} (${c.positives})`,
        pct(c.precision),
        pct(c.recall),
        f3(c.f1),
        pct(c.fpr),
      ]);
    }
  lines.push(
    "Per category, where a source labels one (our category score ≥ 0.5 against the source's label;",
    "FPR over that source's rows without the label, so toxic rows of another kind count as negatives).",
    "",
    ...table(
      ["split", "source label", "our category", "rows (positives)", "precision", "recall", "F1", "FPR"],
      catBody,
    ),
    "",
  );
  return { lines, aurocChecks };
}
