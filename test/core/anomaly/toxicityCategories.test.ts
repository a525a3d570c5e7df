import { ToxicityDetector } from "@airr/core";
import { describe, expect, it } from "vitest";

// The cues added after measuring on public data (bench/results/quality.md): plain name-calling,
// masked swear words, death wishes and calls for violence, and well-known slurs; and the benign
// look-alikes they must leave alone.
describe("ToxicityDetector categories beyond obscenity's list", () => {
  const tox = new ToxicityDetector();

  it.each([
    ["What an idiot, honestly", "insult"],
    ["Those lunatics again", "insult"],
    ["the biggest douch bag ever", "insult"],
    ["shut your pie holes", "insult"],
    ["STFU already", "insult"],
    ["I f*@king knew it", "profanity"],
    ["these a**hats again", "profanity"],
    ["shut the f---- up", "profanity"],
    ["what a load of sh*t", "profanity"],
    ["they should be executed", "threat"],
    ["I hope he dies", "threat"],
    ["Death to the traitors", "threat"],
    ["I'd love to see them slowly flayed", "threat"],
    ["just go kill yourself", "threat"],
    ["go back home you wetback", "hate"],
    ["a white trash party", "hate"],
  ] as const)("flags %j as %s", (text, category) => {
    // Act
    const v = tox.detect(text);
    // Assess
    expect(v.detected).toBe(true);
    expect(v.categories[category]).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    "The F-16 jets flew over",
    "compute a**2 + b**2 in Python",
    "the child process should be killed after the timeout",
    "I'd love to see them win the cup",
    "I hope he gets the job",
    "Scunthorpe United won",
    "We bought a new hoe for the garden",
    "Sex education starts in year six",
  ])("allows %j", (text) => {
    expect(tox.detect(text).detected).toBe(false);
  });

  it("counts a clinical word as weak evidence that adds to a crude one", () => {
    // Prepare
    const clinical = tox.detect("The vagina and the penis are covered in chapter 4");
    const crude = tox.detect("send me your vagina pics, you slut");
    // Assess
    expect(clinical.categories.sexual).toBeGreaterThan(0);
    expect(clinical.detected).toBe(false);
    expect(crude.detected).toBe(true);
  });
});
