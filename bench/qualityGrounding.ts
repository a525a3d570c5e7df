// Grounding section of bench/quality.bench.ts: HaluEval QA right vs hallucinated answers, beside plain
// word overlap.
import { groundingScore } from "@airr/core";
import { type AurocCheck, f3, type GroundRow, readQuality, type Section, SPLITS } from "./qualityData.js";
import { auroc, confusion, pct, table } from "./qualityMetrics.js";

export function groundingSection(): Section {
  const lines: string[] = [];
  const aurocChecks: AurocCheck[] = [];
  const ground = readQuality<GroundRow>("grounding");
  const WORDS = /[\p{L}\p{N}]+/gu;
  // The reference: the plain share of the answer's words (stop words included) found in the knowledge.
  const overlap = (answer: string, knowledge: string) => {
    const vocab = new Set(knowledge.toLowerCase().match(WORDS) ?? []);
    const words = answer.toLowerCase().match(WORDS) ?? [];
    return words.length === 0 ? 1 : words.filter((w) => vocab.has(w)).length / words.length;
  };
  const groundBody: (string | number)[][] = [];
  for (const split of SPLITS) {
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
  return { lines, aurocChecks };
}
