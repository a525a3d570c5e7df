import { ANOMALY_REGEXES } from "@airr/core";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";

// recheck's automaton checker decides exactly (no fuzzing) whether a regex can backtrack
// super-linearly; bounded gaps such as [^.]{0,40} are expanded, so they are proven, not guessed.
describe("ReDoS audit of every anomaly regex (recheck)", () => {
  it("covers the rule set, leak patterns and helpers", () => {
    expect(ANOMALY_REGEXES.length).toBeGreaterThan(150);
  });

  it.each(ANOMALY_REGEXES.map((r) => [r.name, r.re] as const))("%s is safe", (_name, re) => {
    const d = checkSync(re.source, re.flags, { checker: "automaton", timeout: 20_000 });
    expect(d.status === "vulnerable" ? d.complexity.summary : d.status).toBe("safe");
  });
});
