import { afinnSentiment, groundingScore, ToneShift, ToxicityDetector } from "@airr/core";
import { describe, expect, it } from "vitest";

describe("ToxicityDetector", () => {
  const tox = new ToxicityDetector();
  it.each([
    ["you are a worthless idiot", "insult"],
    ["I will hurt you and your family", "threat"],
    ["all refugees are vermin", "hate"],
    ["I want to end my life", "self_harm"],
    ["this is fucking broken", "profanity"],
    ["f u c k this", "profanity"],
    ["sh1t", "profanity"],
  ] as const)("flags %j as %s", (text, category) => {
    const v = tox.detect(text);
    expect(v.detected).toBe(true);
    expect(v.categories[category]).toBeGreaterThanOrEqual(0.5);
  });

  it.each(["How do I kill a stuck process?", "Scunthorpe is a town in England", "The assassin bug is an insect"])(
    "allows %j",
    (text) => {
      expect(tox.detect(text).detected).toBe(false);
    },
  );
});

describe("ToneShift (AFINN-165)", () => {
  it("scores sentiment with the AFINN lexicon", () => {
    expect(afinnSentiment("good")).toBe(3);
    expect(afinnSentiment("bad")).toBe(-3);
    expect(afinnSentiment("")).toBe(0);
  });

  it("flags a sudden hostile reply after a friendly baseline, not during warm-up", () => {
    const t = new ToneShift({ warmup: 10 });
    const friendly = ["Happy to help, great question!", "Sure, glad to assist.", "Thanks, that works well."];
    const early = new ToneShift({ warmup: 10 }).update("This is awful and terrible.");
    for (let i = 0; i < 31; i++) t.update(friendly[i % 3] as string);
    const hostile = t.update("This is awful, terrible, hateful garbage.");
    expect(early.detected).toBe(false);
    expect(hostile.detected).toBe(true);
    expect(hostile.shift).toBeLessThan(-3);
    expect(JSON.parse(JSON.stringify(t.state)).n).toBe(32);
  });
});

describe("groundingScore", () => {
  const context = "The Eiffel Tower is 330 metres tall and was completed in 1889 for the World's Fair in Paris.";
  it("is 1 for an answer the context supports", () => {
    expect(groundingScore("The Eiffel Tower was completed in 1889.", context).score).toBe(1);
  });
  it("drops for invented figures and unsupported claims", () => {
    const g = groundingScore(
      "The Eiffel Tower was completed in 1925. It is painted gold every spring by volunteers.",
      context,
    );
    expect(g.score).toBe(0);
    expect(g.hallucination).toBe(1);
    expect(g.unsupported).toHaveLength(2);
  });
});
