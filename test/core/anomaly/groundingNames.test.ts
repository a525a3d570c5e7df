import { groundingScore } from "@airr/core";
import { describe, expect, it } from "vitest";

// Names must be grounded like numbers (a swapped entity is a common hallucination); the first word of
// a sentence is capitalized by grammar, not because it is a name, so it is not held to that rule.
describe("groundingScore names and support", () => {
  const context =
    "Catherine Cortez Masto served as Attorney General of Nevada from 2007 to 2015 and was elected to the Senate in 2016.";

  it("does not support a sentence whose name is not in the context", () => {
    // Act
    const g = groundingScore("Catherine Cortez Masto served as Attorney General of California.", context);
    // Assess
    expect(g.score).toBe(0);
    expect(g.hallucination).toBe(1);
    expect(g.unsupported).toEqual(["Catherine Cortez Masto served as Attorney General of California."]);
  });

  it("supports the same sentence with the right name, and ignores a capitalized first word", () => {
    expect(groundingScore("Catherine Cortez Masto served as Attorney General of Nevada.", context).score).toBe(1);
    expect(groundingScore("Yes, she served as attorney general of Nevada.", context).score).toBe(1);
  });

  it("gives a finer support than the sentence share, and 1 for an empty answer", () => {
    // Prepare: one sentence fully supported, one with an invented name (capped at half the threshold)
    const g = groundingScore(
      "She served as Attorney General of Nevada. She later served in the Senate for Ohio.",
      context,
    );
    // Assess
    expect(g.score).toBe(0.5);
    expect(g.support).toBeGreaterThan(0.5);
    expect(g.support).toBeLessThan(0.7);
    expect(groundingScore("", context)).toEqual({ score: 1, hallucination: 0, support: 1, unsupported: [] });
  });
});
