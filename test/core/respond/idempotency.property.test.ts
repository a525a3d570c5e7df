import { type Incident, respond } from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { driftAlert, policy, testClock } from "../../helpers/engineFixtures.js";
import { memoryProvider } from "../../helpers/memoryProvider.js";

const rotateAndTell = policy(`name: rotate-and-tell
match: { alertName: "*" }
actions:
  - action: rotate-secret
    params: { secret: "\${alert.labels.secret}" }
  - action: notify
    params: { subject: "\${alert.alertId}", text: t }
guardrails: { onError: continue }`);

const delivery = fc.record({
  alert: fc.constantFrom("a/1", "a/2", "a/3"),
  secret: fc.constantFrom("llm-api-key", "db-password"),
  state: fc.constantFrom("firing", "firing", "resolved"),
  mode: fc.constantFrom("apply", "apply", "dry-run"),
  /** How many copies arrive at once (duplicate, concurrent delivery). */
  copies: fc.integer({ min: 1, max: 4 }),
  advanceMs: fc.integer({ min: 0, max: 3_600_000 }),
});

describe("idempotency (property)", () => {
  it("never executes an action twice for one (alert id, action, target) key", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(delivery, { minLength: 1, maxLength: 12 }), async (deliveries) => {
        const provider = memoryProvider();
        const { clock, advance } = testClock();
        const incidents: Incident[] = [];
        for (const d of deliveries) {
          const alert = driftAlert({
            alertId: d.alert,
            state: d.state as "firing" | "resolved",
            labels: { secret: d.secret },
          });
          const batch = Array.from({ length: d.copies }, () =>
            respond(alert, [rotateAndTell], provider, { mode: d.mode as "apply" | "dry-run", clock }),
          );
          incidents.push(...(await Promise.all(batch)));
          advance(d.advanceMs);
        }
        const executed = incidents.flatMap((i) =>
          i.decisions.filter((x) => x.outcome === "executed").map((x) => x.action.key),
        );
        expect(new Set(executed).size).toBe(executed.length);
        // The fake cloud saw exactly one rotation per executed rotate key, and nothing from dry-runs.
        expect(provider.faults.writes.length).toBe(executed.filter((k) => k.includes("|rotate-secret|")).length);
        expect(provider.sent.length).toBe(executed.filter((k) => k.includes("|notify|")).length);
      }),
      { numRuns: 60 },
    );
  });
});
