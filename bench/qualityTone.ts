// Tone section of bench/quality.bench.ts: AFINN polarity on labelled sentences and ToneShift on seeded
// streams built from them, beside the one-reply test alone.
import { afinnSentiment, SeededRandom, ToneShift, type ToneShiftOptions } from "@airr/core";
import { readQuality, type Section, type SentRow, SPLITS } from "./qualityData.js";
import { pct, table } from "./qualityMetrics.js";

export function toneSection(): Section {
  const lines: string[] = [];
  const sent = readQuality<SentRow>("sentiment");
  const sentBody: (string | number)[][] = [];
  for (const split of SPLITS)
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
  for (const split of SPLITS)
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
  return { lines, aurocChecks: [] };
}
