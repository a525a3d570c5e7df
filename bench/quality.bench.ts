// `npm run bench quality`: toxicity, grounding and tone measured on public labelled data (a seeded,
// stratified sample in bench/data/quality, see its README), on the held-out half and the tune half,
// each beside a plain reference baseline so the numbers can be judged.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  afinnSentiment,
  groundingScore,
  SeededRandom,
  ToneShift,
  type ToneShiftOptions,
  ToxicityDetector,
} from "@airr/core";
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { machineLine } from "./machine.js";
import { auroc, confusion, pct, table } from "./qualityMetrics.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const outFile = join(root, "bench/results/quality.md");
type Split = "tune" | "heldout";
interface ToxRow {
  source: string;
  split: Split;
  text: string;
  labels: Record<string, boolean>;
}
interface GroundRow {
  split: Split;
  knowledge: string;
  right_answer: string;
  hallucinated_answer: string;
}
interface SentRow {
  source: string;
  split: Split;
  text: string;
  positive: boolean;
}
const read = <T>(name: string): T[] =>
  readFileSync(join(root, "bench/data/quality", `${name}.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
const lines = ["## Toxicity, grounding and tone quality (`bench/quality.bench.ts`)", "", machineLine(), ""];
const splits: Split[] = ["heldout", "tune"];
const f3 = (x: number) => (Number.isNaN(x) ? "–" : x.toFixed(3));
const aurocChecks: { name: string; scores: number[]; labels: boolean[]; ours: number }[] = [];

// --- Toxicity --------------------------------------------------------------------------------
const toxRows = read<ToxRow>("toxicity");
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
for (const split of splits)
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
for (const split of splits)
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
  ...table(["split", "source label", "our category", "rows (positives)", "precision", "recall", "F1", "FPR"], catBody),
  "",
);

// --- Grounding -------------------------------------------------------------------------------
const ground = read<GroundRow>("grounding");
const WORDS = /[\p{L}\p{N}]+/gu;
// The reference: the plain share of the answer's words (stop words included) found in the knowledge.
const overlap = (answer: string, knowledge: string) => {
  const vocab = new Set(knowledge.toLowerCase().match(WORDS) ?? []);
  const words = answer.toLowerCase().match(WORDS) ?? [];
  return words.length === 0 ? 1 : words.filter((w) => vocab.has(w)).length / words.length;
};
const groundBody: (string | number)[][] = [];
for (const split of splits) {
  const items = ground.filter((r) => r.split === split);
  const answers = items.flatMap((r) => [
    { knowledge: r.knowledge, answer: r.right_answer, hallucinated: false },
    { knowledge: r.knowledge, answer: r.hallucinated_answer, hallucinated: true },
  ]);
  const labels = answers.map((a) => a.hallucinated);
  const grounded = answers.map((a) => groundingScore(a.answer, a.knowledge));
  const ours = grounded.map((g) => g.hallucination);
  const unsupported = grounded.map((g) => 1 - g.support);
  const ref = answers.map((a) => 1 - overlap(a.answer, a.knowledge));
  const oursAuc = auroc(ours, labels);
  const refAuc = auroc(ref, labels);
  const supportAuc = auroc(unsupported, labels);
  aurocChecks.push({ name: `grounding ${split} support`, scores: unsupported, labels, ours: supportAuc });
  aurocChecks.push({ name: `grounding ${split}`, scores: ours, labels, ours: oursAuc });
  aurocChecks.push({ name: `grounding ${split} reference`, scores: ref, labels, ours: refAuc });
  const acc = confusion(
    ours.map((h) => h >= 0.5),
    labels,
  );
  const refAcc = confusion(
    ref.map((h) => h >= 0.5),
    labels,
  );
  const accuracy = (c: typeof acc) => (c.recall * c.positives + (1 - c.fpr) * (c.n - c.positives)) / c.n;
  groundBody.push([
    split,
    `${items.length} × 2`,
    f3(oursAuc),
    pct(accuracy(acc)),
    pct(acc.recall),
    pct(acc.fpr),
    f3(supportAuc),
    f3(refAuc),
    pct(accuracy(refAcc)),
  ]);
}
lines.push(
  "### Grounding (HaluEval QA: the right and the hallucinated answer to each question, given its knowledge)",
  "",
  "`groundingScore(answer, knowledge).hallucination` as the score; accuracy calls an answer hallucinated at",
  "hallucination ≥ 0.5 (the default overlap threshold 0.6 per sentence). `1 − support` is the finer,",
  "word-level ranking. The reference is plain word overlap (1 − share of the answer's words, stop words",
  "included, found in the knowledge), accuracy at the same 0.5 cut.",
  "",
  ...table(
    [
      "split",
      "answers",
      "AUROC",
      "accuracy",
      "hallucinations caught",
      "right answers flagged",
      "AUROC (1 − support)",
      "reference AUROC",
      "reference accuracy",
    ],
    groundBody,
  ),
  "",
);

// --- Tone -------------------------------------------------------------------------------------
const sent = read<SentRow>("sentiment");
const sentBody: (string | number)[][] = [];
for (const split of splits)
  for (const source of ["uci-amazon_cells", "uci-imdb", "uci-yelp", "all"]) {
    const rows = sent.filter((r) => r.split === split && (source === "all" || r.source === source));
    const s = rows.map((r) => afinnSentiment(r.text));
    const decided = s.filter((x) => x !== 0).length;
    const right = rows.filter((r, i) => ((s[i] ?? 0) > 0 && r.positive) || ((s[i] ?? 0) < 0 && !r.positive)).length;
    sentBody.push([
      split,
      source,
      rows.length,
      pct(right / rows.length),
      pct(decided / rows.length),
      pct(right / decided),
    ]);
  }
// Streams: a friendly baseline, then a run of negative replies (detection) or more friendly ones
// (false alarm); the sentences come from the labelled sample, in a seeded order.
const BASELINE = 30;
const TAIL = 5;
const STREAMS = 200;
const streamBody: (string | number)[][] = [];
// The reference: the same detector with the run test off (one reply at a time, as before the chart).
const variants: { name: string; options: ToneShiftOptions }[] = [
  { name: "defaults", options: {} },
  { name: "reference: one-reply test only", options: { driftThreshold: Number.POSITIVE_INFINITY } },
];
for (const split of splits)
  for (const variant of variants) {
    const pos = sent.filter((r) => r.split === split && r.positive).map((r) => r.text);
    const neg = sent.filter((r) => r.split === split && !r.positive).map((r) => r.text);
    // Same seed for both variants: they see the same streams.
    const rng = new SeededRandom(split === "tune" ? 11 : 12);
    const pick = (list: string[]) => list[rng.int(list.length)] as string;
    const run = (tail: string[]) => {
      const tone = new ToneShift(variant.options);
      for (let i = 0; i < BASELINE; i++) tone.update(pick(pos));
      return tail.map((t) => tone.update(t).detected);
    };
    let detected = 0;
    let firstReply = 0;
    let falseStreams = 0;
    let falseReplies = 0;
    for (let k = 0; k < STREAMS; k++) {
      const hits = run(Array.from({ length: TAIL }, () => pick(neg)));
      if (hits.some(Boolean)) detected++;
      if (hits[0]) firstReply++;
      const quiet = run(Array.from({ length: TAIL }, () => pick(pos)));
      if (quiet.some(Boolean)) falseStreams++;
      falseReplies += quiet.filter(Boolean).length;
    }
    streamBody.push([
      split,
      variant.name,
      STREAMS,
      pct(detected / STREAMS),
      pct(firstReply / STREAMS),
      pct(falseStreams / STREAMS),
      pct(falseReplies / (STREAMS * TAIL)),
    ]);
  }
lines.push(
  "### Tone (UCI sentiment labelled sentences: Amazon, IMDb and Yelp reviews)",
  "",
  "`afinnSentiment` polarity (AFINN-165 with negation): positive when > 0, negative when < 0; a 0 (no",
  "AFINN word) counts as wrong in `accuracy` and is left out of `accuracy when decided`. The classes are",
  "balanced, so chance is 50%.",
  "",
  ...table(["split", "source", "sentences", "accuracy", "decided", "accuracy when decided"], sentBody),
  "",
  `\`ToneShift\` (defaults: warm-up 20, α 0.05, one reply at |shift| ≥ 3, a run at |drift| ≥ 3 with recentAlpha 0.3) on ${STREAMS}`,
  `seeded streams per split: ${BASELINE} positive sentences, then ${TAIL} negative ones (detection) or ${TAIL} more positive`,
  "ones (false alarm).",
  "",
  ...table(
    [
      "split",
      "ToneShift",
      "streams",
      "detected within 5 replies",
      "detected on the 1st reply",
      "false-alarm streams",
      "false alarms per reply",
    ],
    streamBody,
  ),
  "",
);

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
  lines.push("AUROC cross-check skipped: python3 with scikit-learn not found.", "");
}

writeFileSync(outFile, `${lines.join("\n")}\n`);
