import { InjectionDetector } from "@airr/core";
import { type GroundRow, readQuality, type Section, type SentRow, type ToxRow } from "./qualityData.js";

// The injection detector on benign text from other domains: none of these rows is an attack, so
// every block is a false positive. The development set's hard negatives are chat prompts; these
// are social-media comments (toxic ones included), review sentences and encyclopedia paragraphs.
export function injectionFprSection(): Section {
  const detector = new InjectionDetector();
  const sets: [string, string[]][] = [
    [
      "social-media comments (Surge, Davidson, Jigsaw; toxic and not)",
      readQuality<ToxRow>("toxicity").map((r) => r.text),
    ],
    ["review sentences (UCI: Amazon, IMDb, Yelp)", readQuality<SentRow>("sentiment").map((r) => r.text)],
    [
      "encyclopedia paragraphs (HaluEval knowledge, from HotpotQA)",
      readQuality<GroundRow>("grounding").map((r) => r.knowledge),
    ],
    [
      "questions with their answers (HaluEval)",
      readQuality<GroundRow & { question: string }>("grounding").map((r) => `${r.question} ${r.right_answer}`),
    ],
  ];
  const rows = sets.map(([name, texts]) => {
    const blocked = texts.filter((t) => detector.detect(t).detected).length;
    return `| ${name} | ${texts.length} | ${blocked} | ${((100 * blocked) / texts.length).toFixed(1)}% |`;
  });
  return {
    lines: [
      "### Prompt guard on benign text from other domains (false positives, default threshold)",
      "",
      "No row is an attack, so every block is a false positive. Both halves of the sample are used. The rules were not tuned on this data, but the adversarial-suffix heuristic was fixed after reading this table (parentheses at word edges, hashtags and mentions had counted as odd tokens): before, social-media comments were blocked at 4.0% and encyclopedia paragraphs at 1.3%, with no verdict change on the development set.",
      "",
      "| text | rows | blocked | false-positive rate |",
      "| --- | ---: | ---: | ---: |",
      ...rows,
      "",
    ],
    aurocChecks: [],
  };
}
