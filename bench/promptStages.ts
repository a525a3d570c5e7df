// Where one `InjectionDetector.detect` call spends its time, stage by stage, on the same prompts
// as the speed table: each stage is timed alone on inputs prepared by the stages before it.
import {
  ATTACK_CORPUS,
  BENIGN_CORPUS,
  CorpusIndex,
  DEFAULT_COUNTER_CUES,
  DEFAULT_INJECTION_RULES,
  findDocument,
  MAX_INPUT_CHARS,
  ngramEmbedder,
  normalizedTextEmbed,
  normalizeText,
  prepareInput,
  RuleMatcher,
  scoreEvidence,
  suffixEvidence,
} from "@airr/core";

/** Markdown rows: stage, µs per prompt (best of 5 passes over `prompts`). */
export function stageRows(prompts: readonly string[]): string[][] {
  const time = (run: (i: number) => unknown): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let pass = 0; pass < 6; pass++) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < prompts.length; i++) run(i);
      const us = Number(process.hrtime.bigint() - t0) / 1e3 / prompts.length;
      if (pass > 0) best = Math.min(best, us); // pass 0 warms the JIT up
    }
    return best;
  };
  const matcher = new RuleMatcher(DEFAULT_INJECTION_RULES, DEFAULT_COUNTER_CUES);
  const embed = ngramEmbedder({ dims: 256 });
  // The detector's own path for normalized text (no lower-casing, a reused vector).
  const embedNormalized = normalizedTextEmbed(embed);
  const attacks = new CorpusIndex(ATTACK_CORPUS, embed);
  const benign = new CorpusIndex(BENIGN_CORPUS, embed);
  const inputs = prompts.map((p) => prepareInput(p, MAX_INPUT_CHARS));
  const prepared = inputs.map((p) => p.text);
  const ascii = inputs.map((p) => p.ascii);
  // The detector's own paths: normalization told whether the input is ASCII, the suffix stage
  // asked only for what scoring reads.
  const norms = prepared.map((p, i) => normalizeText(p, ascii[i]));
  const docs = norms.map((n) => findDocument(n.text));
  const decoded = norms.map((n) => n.decoded.map((d) => d.text));
  const vectors = norms.map((n) => embed(n.text)); // kept: the fast path reuses its vector
  const matched = norms.map((n, i) =>
    matcher.match({
      raw: prepared[i] as string,
      normalized: n.text,
      decoded: decoded[i] ?? [],
      docStart: docs[i] ?? -1,
    }),
  );
  const harmful = matched.map((m) => m.hits.some((h) => h.rule.family === "harmful_request"));
  const stages: [string, (i: number) => unknown][] = [
    ["input limits (cap, UTF-16 repair, binary check)", (i) => prepareInput(prompts[i] as string, MAX_INPUT_CHARS)],
    [
      "normalization (NFKC, confusables, leetspeak, spacing, decoding)",
      (i) => normalizeText(prepared[i] as string, ascii[i]),
    ],
    ["embedded-document search", (i) => findDocument((norms[i] as { text: string }).text)],
    [
      "rules and counter-cues",
      (i) =>
        matcher.match({
          raw: prepared[i] as string,
          normalized: (norms[i] as { text: string }).text,
          decoded: decoded[i] ?? [],
          docStart: docs[i] ?? -1,
        }),
    ],
    ["hashed n-gram embedding (256-d)", (i) => embedNormalized((norms[i] as { text: string }).text)],
    [
      "corpus similarity (2 × 56 rows)",
      (i) => attacks.maxSimilarity(vectors[i] as Float32Array) + benign.maxSimilarity(vectors[i] as Float32Array),
    ],
    ["adversarial-suffix heuristic", (i) => suffixEvidence(prepared[i] as string, harmful[i] ?? false)],
    [
      "scoring and reasons",
      (i) =>
        scoreEvidence({
          hits: matched[i]?.hits ?? [],
          cues: matched[i]?.cues ?? [],
          flags: norms[i]?.flags ?? [],
          suffix: 0,
          oddTokens: 0,
          decodedInstruction: false,
          similarity: { attack: 0.3, benign: 0.2 },
          hasDocument: (docs[i] ?? -1) >= 0,
        }),
    ],
  ];
  const rows = stages.map(([name, run]) => [name, time(run)] as const);
  const total = rows.reduce((a, [, us]) => a + us, 0);
  return [
    ...rows.map(([name, us]) => [name, us.toFixed(1), `${((100 * us) / total).toFixed(0)}%`]),
    ["sum of stages", total.toFixed(1), "100%"],
  ];
}
