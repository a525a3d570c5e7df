import { LocalCloud } from "@airr/local";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { at } from "../contracts/index.js";
import { tempClouds } from "./tempCloud.js";

const clouds = tempClouds();

type Op =
  | { kind: "claim"; key: string; owner: string; minute: number; ttl: number }
  | { kind: "settle" | "release"; key: string; owner: string };

const key = fc.constantFrom("k1", "k2");
const owner = fc.constantFrom("x", "y", "z");
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("claim" as const),
    key,
    owner,
    minute: fc.integer({ min: 0, max: 30 }),
    ttl: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({ kind: fc.constantFrom("settle" as const, "release" as const), key, owner }),
);

/** The StateStore claim rules, stated plainly, to hold the file-backed store to. */
class ClaimModel {
  readonly held = new Map<string, { owner: string; expires: number; settled: boolean }>();

  apply(o: Op): unknown {
    const h = this.held.get(o.key);
    if (o.kind === "claim") {
      const free = h === undefined || (!h.settled && h.expires <= o.minute);
      if (!free && !(h.owner === o.owner && !h.settled)) {
        return { claimed: false, owner: h.owner, expiresAt: at(h.expires), settled: h.settled };
      }
      this.held.set(o.key, { owner: o.owner, expires: o.minute + o.ttl, settled: false });
      return { claimed: true };
    }
    if (h === undefined || h.owner !== o.owner) return "ClaimNotHeld";
    if (o.kind === "settle") h.settled = true;
    else if (h.settled) return "ClaimNotHeld";
    else this.held.delete(o.key);
    return undefined;
  }
}

describe("claims against a model", () => {
  it("agrees with the claim rules on any sequence of claims, settles and releases", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const store = LocalCloud.open({ dir: clouds.dir(`model-${run++}`) }).state;
        const model = new ClaimModel();
        for (const o of ops) {
          const actual =
            o.kind === "claim"
              ? await store.claim(o.key, o.owner, at(o.minute), at(o.minute + o.ttl))
              : await store[o.kind](o.key, o.owner).catch((e: { code?: string }) => e.code);
          expect(actual).toEqual(model.apply(o));
        }
      }),
      { numRuns: 25, seed: 20260131 },
    );
  });
});
