import type { BlockedPrompt, PromptBlocklist } from "@airr/core";
import { beforeEach, describe, expect, it } from "vitest";
import { type ProviderFactory, requirePort, T0 } from "./providerFactory.js";

const entry = (id: string, pattern = `contract pattern ${id}`): BlockedPrompt => ({
  id,
  pattern,
  match: "normalized",
  reason: "contract test",
  addedAt: T0,
  incidentId: "inc-contract",
});

/** Order is not part of the contract (a table scan has none), so lists are compared sorted by id. */
const byId = (entries: BlockedPrompt[]): BlockedPrompt[] => [...entries].sort((a, b) => a.id.localeCompare(b.id));

/** The `PromptBlocklist` contract. Seed: any blocklist (empty or not) without ids starting `contract-`. */
export function promptBlocklistContract(makeProvider: ProviderFactory): void {
  describe("PromptBlocklist contract", () => {
    let blocklist: PromptBlocklist;
    let seeded: BlockedPrompt[];

    beforeEach(async () => {
      blocklist = requirePort(await makeProvider(), "blocklist");
      seeded = await blocklist.list();
    });

    it("adds an entry exactly as given, keeping the existing ones", async () => {
      await blocklist.add(entry("contract-1"));
      expect(byId(await blocklist.list())).toEqual(byId([...seeded, entry("contract-1")]));
    });

    it("is idempotent by id: adding the same id twice keeps one entry", async () => {
      await blocklist.add(entry("contract-1"));
      await blocklist.add(entry("contract-1", "a different pattern"));
      const found = (await blocklist.list()).filter((e) => e.id === "contract-1");
      expect(found).toEqual([entry("contract-1")]);
    });

    it("removes an entry and leaves the others", async () => {
      await blocklist.add(entry("contract-1"));
      await blocklist.add(entry("contract-2"));
      await blocklist.remove("contract-1");
      expect(byId(await blocklist.list())).toEqual(byId([...seeded, entry("contract-2")]));
    });

    it("treats removing an absent id as a no-op", async () => {
      await blocklist.remove("contract-absent");
      expect(byId(await blocklist.list())).toEqual(byId(seeded));
    });

    it("supports every match kind", async () => {
      const kinds = ["exact", "normalized", "regex"] as const;
      for (const match of kinds) await blocklist.add({ ...entry(`contract-${match}`), match });
      const added = (await blocklist.list()).filter((e) => e.id.startsWith("contract-"));
      expect(byId(added).map((e) => e.match)).toEqual([...kinds]);
    });
  });
}
